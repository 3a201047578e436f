package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a lesson's markdown: CommonMark with tables and heading anchors, math kept for KaTeX,
 * Keras/Java code pairs side by side, and directive blocks split out for the page to render.
 */
public final class LessonRenderer {

    private static final String DIRECTIVE_MARK = "<!--neurona-directive-";
    private static final Set<String> DIRECTIVES = Set.of("exercise", "quiz", "widget", "planned");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final GlossaryLinker glossary;

    public LessonRenderer() {
        this(Glossary.empty());
    }

    /** A renderer that links each lesson's first use of a glossary term to its definition. */
    public LessonRenderer(Glossary glossary) {
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions)
                .nodeRendererFactory(CodeBlockRenderer::new)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof org.commonmark.node.Link link && GlossaryLinker.isTermLink(link.getDestination())) {
                        attributes.put("class", "term");
                    }
                })
                .build();
        this.glossary = new GlossaryLinker(glossary);
    }

    public RenderedLesson render(String markdown) {
        MathSpans math = new MathSpans();
        Node document = parser.parse(math.extract(markdown));
        List<Directive> directives = new ArrayList<>();
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        for (FencedCodeBlock block : blocks) {
            String[] info = block.getInfo().trim().split("\\s+", 2);
            String kind = info[0].toLowerCase(Locale.ROOT);
            if (DIRECTIVES.contains(kind)) {
                directives.add(new Directive(Directive.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                        info.length > 1 ? info[1].trim() : "", FrontMatter.KeyValues.parse(block.getLiteral()), block.getLiteral()));
                HtmlBlock mark = new HtmlBlock();
                mark.setLiteral(DIRECTIVE_MARK + (directives.size() - 1) + "-->");
                block.insertBefore(mark);
                block.unlink();
            } else if ("python".equals(kind) && block.getNext() instanceof FencedCodeBlock next
                    && "java".equals(next.getInfo().trim().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                HtmlBlock open = new HtmlBlock();
                open.setLiteral("<div class=\"code-pair\">");
                HtmlBlock close = new HtmlBlock();
                close.setLiteral("</div>");
                block.insertBefore(open);
                next.insertAfter(close);
            }
        }
        glossary.link(document);
        String html = math.restore(renderer.render(document));
        return new RenderedLesson(split(html, directives));
    }

    /** Renders a short piece of text (a quiz question or option): inline markdown and math, no wrapping paragraph. */
    public String renderInline(String text) {
        MathSpans math = new MathSpans();
        String html = math.restore(renderer.render(parser.parse(math.extract(text)))).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static List<RenderedLesson.Segment> split(String html, List<Directive> directives) {
        List<RenderedLesson.Segment> segments = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < directives.size(); i++) {
            String mark = DIRECTIVE_MARK + i + "-->";
            int at = html.indexOf(mark, position);
            if (at < 0) {
                continue;
            }
            addHtml(segments, html.substring(position, at));
            segments.add(new RenderedLesson.Segment(null, directives.get(i)));
            position = at + mark.length();
        }
        addHtml(segments, html.substring(position));
        return List.copyOf(segments);
    }

    private static void addHtml(List<RenderedLesson.Segment> segments, String html) {
        if (!html.isBlank()) {
            segments.add(new RenderedLesson.Segment(html, null));
        }
    }
}
