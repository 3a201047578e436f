package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The markdown pipeline of a lesson: math kept for KaTeX, directives split out, code pairs, tables. */
class LessonRendererTest {

    private static final String FENCE = "```";

    private final LessonRenderer renderer = new LessonRenderer();

    private String html(String markdown) {
        RenderedLesson lesson = renderer.render(markdown);
        assertTrue(lesson.directives().isEmpty(), "no directives expected in: " + markdown);
        return lesson.segments().stream()
                .map(RenderedLesson.Segment::html)
                .collect(Collectors.joining());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void inlineMathKeepsUnderscoresAndBackslashes() {
        String html = html("La salida $a_1 \\cdot b$ y la entrada $x_i$ son números.");
        assertTrue(html.contains("<span class=\"math math-inline\">a_1 \\cdot b</span>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">x_i</span>"), html);
        // the markdown parser never saw the TeX: no emphasis from the two underscores, no eaten
        // backslash
        assertFalse(html.contains("<em>"), html);
        assertTrue(html.startsWith("<p>La salida <span"), html);
        assertTrue(html.contains("son números.</p>"), html);
    }

    @Test
    void displayMathBecomesADivOutsideAnyParagraph() {
        String html =
                html(
                        "Antes.\n\n$$\n\\text{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}\n$$\n\nDespués.");
        assertTrue(
                html.contains(
                        "<div class=\"math math-display\">\\text{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}</div>"),
                html);
        assertFalse(html.contains("<p><div"), html);
        assertFalse(html.contains("<em>"), html);
        assertTrue(html.indexOf("<p>Antes.</p>") < html.indexOf("math-display"), html);
        assertTrue(html.indexOf("math-display") < html.indexOf("<p>Después.</p>"), html);
    }

    @Test
    void displayMathOnOneLine() {
        String html = html("$$ a_1 + a_2 $$");
        assertEquals(1, count(html, "<div class=\"math math-display\">a_1 + a_2</div>"), html);
        assertFalse(html.contains("$$"), html);
    }

    @Test
    void mathIsEscapedForHtmlExactlyOnce() {
        String html = html("Si $a < b$ y $c > d$ entonces $a \\& b$.");
        assertTrue(html.contains("<span class=\"math math-inline\">a &lt; b</span>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">c &gt; d</span>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">a \\&amp; b</span>"), html);
        assertFalse(html.contains("&amp;lt;"), html);
    }

    @Test
    void dollarsThatAreNotMathStayText() {
        String html = html("Cuesta $5 y $10 en total; $ suelto.");
        assertFalse(html.contains("math"), html);
        assertTrue(html.contains("<p>Cuesta $5 y $10 en total; $ suelto.</p>"), html);
    }

    @Test
    void escapedDollarsStayText() {
        String html = html("Escribe \\$x\\$ para ver dólares.");
        assertFalse(html.contains("math"), html);
        assertTrue(html.contains("<p>Escribe $x$ para ver dólares.</p>"), html);
    }

    @Test
    void dollarsInInlineCodeAreLeftAlone() {
        String html =
                html("En bash `echo $a_b$` imprime, y `` a`$y$`b `` también; pero $z$ es TeX.");
        assertTrue(html.contains("<code>echo $a_b$</code>"), html);
        assertTrue(html.contains("<code>a`$y$`b</code>"), html);
        assertEquals(1, count(html, "math-inline"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">z</span>"), html);
    }

    @Test
    void dollarsInFencedCodeAreLeftAlone() {
        String html =
                html(
                        FENCE
                                + "bash\necho \"$HOME\" $a_1$\n$$\nnot math\n$$\n"
                                + FENCE
                                + "\n\nDespués $y$.");
        assertTrue(html.contains("echo &quot;$HOME&quot; $a_1$\n$$\nnot math\n$$"), html);
        assertFalse(html.contains("math-display"), html);
        // math after the fence closes is math again
        assertEquals(1, count(html, "math-inline"), html);
    }

    @Test
    void directivesAreSplitOutInOrderWithTheirValues() {
        String markdown =
                String.join(
                        "\n",
                        "Primero.",
                        "",
                        FENCE + "exercise",
                        "id: mnist-test",
                        "hidden: 64 relu, 32 tanh",
                        "learning_rate: 0.001",
                        FENCE,
                        "",
                        "En medio con $x_i$.",
                        "",
                        FENCE + "widget model-summary",
                        "dataset: mnist",
                        "hidden: 512 relu",
                        "output: softmax",
                        FENCE,
                        "",
                        "Al final.");
        RenderedLesson lesson = renderer.render(markdown);
        List<RenderedLesson.Segment> segments = lesson.segments();
        assertEquals(5, segments.size(), segments.toString());

        assertFalse(segments.get(0).isDirective());
        assertTrue(segments.get(0).html().contains("<p>Primero.</p>"), segments.get(0).html());
        assertFalse(segments.get(0).html().contains("En medio"));

        Directive exercise = segments.get(1).directive();
        assertEquals(Directive.Kind.EXERCISE, exercise.kind());
        assertEquals("", exercise.name());
        assertEquals(
                Map.of("id", "mnist-test", "hidden", "64 relu, 32 tanh", "learning_rate", "0.001"),
                exercise.values());
        assertNull(segments.get(1).html());

        assertFalse(segments.get(2).isDirective());
        assertTrue(
                segments.get(2)
                        .html()
                        .contains("En medio con <span class=\"math math-inline\">x_i</span>."),
                segments.get(2).html());

        Directive widget = segments.get(3).directive();
        assertEquals(Directive.Kind.WIDGET, widget.kind());
        assertEquals("model-summary", widget.name());
        assertEquals(
                Map.of("dataset", "mnist", "hidden", "512 relu", "output", "softmax"),
                widget.values());

        assertTrue(segments.get(4).html().contains("<p>Al final.</p>"), segments.get(4).html());
        assertEquals(List.of(exercise, widget), lesson.directives());

        // nothing of the directive blocks leaks into the HTML
        String allHtml =
                segments.stream()
                        .filter(s -> !s.isDirective())
                        .map(RenderedLesson.Segment::html)
                        .collect(Collectors.joining());
        assertFalse(allHtml.contains("mnist-test"), allHtml);
        assertFalse(allHtml.contains("neurona-directive"), allHtml);
        assertFalse(allHtml.contains("<code"), allHtml);
    }

    @Test
    void directiveAtTheStartOrEndLeavesNoEmptySegments() {
        RenderedLesson lesson =
                renderer.render(
                        FENCE
                                + "widget mnist-shapes\n"
                                + FENCE
                                + "\n\n"
                                + FENCE
                                + "widget mnist-samples\ncount: 8\nsplit: test\n"
                                + FENCE);
        assertEquals(2, lesson.segments().size(), lesson.segments().toString());
        assertTrue(lesson.segments().stream().allMatch(RenderedLesson.Segment::isDirective));
        assertEquals("mnist-shapes", lesson.directives().get(0).name());
        assertEquals(Map.of(), lesson.directives().get(0).values());
        assertEquals(Map.of("count", "8", "split", "test"), lesson.directives().get(1).values());
    }

    @Test
    void pythonFollowedByJavaIsWrappedAsACaptionedPair() {
        String html =
                html(
                        String.join(
                                "\n",
                                FENCE + "python",
                                "model = keras.Sequential([layers.Dense(512, activation=\"relu\")])",
                                FENCE,
                                FENCE + "java",
                                "MultiLayerNetwork network = new MultiLayerNetwork(conf);",
                                FENCE));
        int open = html.indexOf("<div class=\"code-pair\">");
        int keras = html.indexOf("<figcaption>Keras (Python)</figcaption>");
        int python = html.indexOf("<code class=\"language-python\">model = keras.Sequential");
        int dl4j = html.indexOf("<figcaption>DL4J (Java)</figcaption>");
        int java = html.indexOf("<code class=\"language-java\">MultiLayerNetwork network");
        int close = html.lastIndexOf("</div>");
        assertTrue(
                open >= 0
                        && open < keras
                        && keras < python
                        && python < dl4j
                        && dl4j < java
                        && java < close,
                html);
        assertEquals(1, count(html, "code-pair"), html);
        assertEquals(2, count(html, "<figure class=\"code\">"), html);
    }

    @Test
    void aLoneJavaBlockIsNotWrapped() {
        String html = html(FENCE + "java\nint x = 1;\n" + FENCE);
        assertFalse(html.contains("code-pair"), html);
        assertTrue(
                html.contains("<figure class=\"code\"><figcaption>DL4J (Java)</figcaption>"), html);
        assertTrue(html.contains("<code class=\"language-java\">int x = 1;\n</code>"), html);
    }

    @Test
    void pythonAndJavaSeparatedByTextAreNotAPair() {
        String html =
                html(
                        FENCE
                                + "python\nx = 1\n"
                                + FENCE
                                + "\n\nY en Java:\n\n"
                                + FENCE
                                + "java\nint x = 1;\n"
                                + FENCE);
        assertFalse(html.contains("code-pair"), html);
        assertEquals(1, count(html, "<figcaption>Keras (Python)"), html);
        assertEquals(1, count(html, "<figcaption>DL4J (Java)"), html);
    }

    @Test
    void twoPairsInALessonAreWrappedSeparately() {
        String pair =
                FENCE
                        + "python\nx = 1\n"
                        + FENCE
                        + "\n"
                        + FENCE
                        + "java\nint x = 1;\n"
                        + FENCE
                        + "\n";
        String html = html(pair + "\nTexto entre pares.\n\n" + pair);
        assertEquals(2, count(html, "<div class=\"code-pair\">"), html);
        int text = html.indexOf("Texto entre pares.");
        int firstClose = html.indexOf("</div>");
        int secondOpen = html.lastIndexOf("<div class=\"code-pair\">");
        assertTrue(firstClose < text && text < secondOpen, html);
    }

    @Test
    void otherCodeBlocksHaveNoCaption() {
        String html =
                html(FENCE + "bash\nmvn package\n" + FENCE + "\n\n" + FENCE + "\nplain\n" + FENCE);
        assertFalse(html.contains("figcaption"), html);
        assertTrue(html.contains("<code class=\"language-bash\">mvn package\n</code>"), html);
        assertTrue(
                html.contains(
                        "<pre tabindex=\"0\" role=\"region\" aria-label=\"Código\"><code>plain\n</code></pre>"),
                html);
    }

    @Test
    void aCodeBlockIsReachableWithTabAndNamedByItsCaption() {
        String html = html(FENCE + "python NumPy\nx = np.zeros(3)\n" + FENCE);
        assertTrue(
                html.contains(
                        "<pre tabindex=\"0\" role=\"region\" aria-label=\"NumPy (Python)\"><code class=\"language-python\">"),
                html);
    }

    @Test
    void codeIsHtmlEscaped() {
        String html = html(FENCE + "java\nList<String> a = b && c;\n" + FENCE);
        assertTrue(html.contains("List&lt;String&gt; a = b &amp;&amp; c;"), html);
    }

    @Test
    void gfmTablesRender() {
        String html =
                html(
                        "| array | forma |\n|---|---|\n| `train_images` | `(60000, 28, 28)` |\n| $x_i$ | 3 |");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th>array</th>"), html);
        assertTrue(html.contains("<th>forma</th>"), html);
        assertTrue(html.contains("<td><code>train_images</code></td>"), html);
        assertTrue(html.contains("<td><code>(60000, 28, 28)</code></td>"), html);
        assertTrue(html.contains("<td><span class=\"math math-inline\">x_i</span></td>"), html);
        assertEquals(2, count(html, "<tr>") - 1, html);
    }

    // --- behaviour the lesson format promises but the renderer does not deliver yet (see the test
    // report) ---

    @Test
    void inlineMathAloneInAParagraphStaysInAParagraph() {
        assertEquals("<p><span class=\"math math-inline\">x_1</span></p>", html("$x_1$").trim());
    }

    @Test
    void displayMathRightAfterTextIsNotInsideAParagraph() {
        String html = html("Texto\n$$\nx_1\n$$\nmás texto");
        assertTrue(html.contains("<div class=\"math math-display\">x_1</div>"), html);
        assertFalse(html.matches("(?s).*<p>[^<]*<div class=\"math.*"), html);
    }

    @Test
    void dollarsInIndentedCodeAreLeftAlone() {
        String html = html("Texto.\n\n    echo $a_b$\n\nFin.");
        assertTrue(html.contains("<pre><code>echo $a_b$\n</code></pre>"), html);
    }

    @Test
    void pythonFollowedByJavascriptIsNotAPair() {
        String html =
                html(
                        FENCE
                                + "python\nx = 1\n"
                                + FENCE
                                + "\n"
                                + FENCE
                                + "javascript\nlet x = 1;\n"
                                + FENCE);
        assertFalse(html.contains("code-pair"), html);
    }

    @Test
    void headingsGetAnchors() {
        String html = html("## Lo que aprenderás\n\nTexto.");
        assertTrue(html.contains("<h2 id=\"lo-que-aprenderás\">Lo que aprenderás</h2>"), html);
    }

    @Test
    void wordsAfterTheLanguageNameTheLibraryInTheCaption() {
        String html =
                html(
                        FENCE
                                + "python NumPy\nx = 1\n"
                                + FENCE
                                + "\n"
                                + FENCE
                                + "java ND4J\nint x = 1;\n"
                                + FENCE);
        assertTrue(html.contains("<figcaption>NumPy (Python)</figcaption>"), html);
        assertTrue(html.contains("<figcaption>ND4J (Java)</figcaption>"), html);
        assertTrue(html.contains("class=\"code-pair\""), html);
        assertTrue(html.contains("class=\"language-python\""), html);
    }

    @Test
    void theLanguageNameAloneCaptionsCodeWithoutALibrary() {
        String html =
                html(
                        FENCE
                                + "python Python\nx = 1\n"
                                + FENCE
                                + "\n"
                                + FENCE
                                + "java Java\nint x = 1;\n"
                                + FENCE);
        assertTrue(html.contains("<figcaption>Python</figcaption>"), html);
        assertTrue(html.contains("<figcaption>Java</figcaption>"), html);
        assertTrue(html.contains("class=\"code-pair\""), html);
    }
}
