package dev.neurona.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders fenced code as a captioned figure, so a Keras block and its Java twin say which is which. */
final class CodeBlockRenderer implements NodeRenderer {

    private static final Map<String, String> CAPTIONS =
            Map.of(
                    "python", "Keras (Python)",
                    "java", "DL4J (Java)");

    /** The name of a block without a caption; the lessons, and so their code blocks, are written in Spanish. */
    private static final String UNCAPTIONED = "Código";

    private final HtmlWriter html;

    CodeBlockRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    /**
     * "```python NumPy" is captioned "NumPy (Python)", "```python Python" (code without a library) just
     * "Python"; a bare language gets the course's default, the Keras/DL4J pair.
     */
    static String caption(String language, String library) {
        if (!CAPTIONS.containsKey(language) || library.isEmpty()) {
            return CAPTIONS.get(language);
        }
        String name = Character.toUpperCase(language.charAt(0)) + language.substring(1);
        return library.equalsIgnoreCase(language) ? name : library + " (" + name + ")";
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String[] info = block.getInfo().trim().split("\\s+", 2);
        String language = info[0].toLowerCase(java.util.Locale.ROOT);
        html.line();
        html.tag("figure", Map.of("class", "code"));
        String caption = caption(language, info.length > 1 ? info[1].trim() : "");
        if (caption != null) {
            html.tag("figcaption");
            html.text(caption);
            html.tag("/figcaption");
        }
        // a long line scrolls sideways: Tab must reach the block (WCAG 2.1.1), named by its caption
        Map<String, String> pre = new LinkedHashMap<>();
        pre.put("tabindex", "0");
        pre.put("role", "region");
        pre.put("aria-label", caption != null ? caption : UNCAPTIONED);
        html.tag("pre", pre);
        html.tag("code", language.isEmpty() ? Map.of() : Map.of("class", "language-" + language));
        html.text(block.getLiteral());
        html.tag("/code");
        html.tag("/pre");
        html.tag("/figure");
        html.line();
    }
}
