package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code block of the course names the library it really uses: Keras only if it uses Keras, DL4J only if DL4J. */
class CodeCaptionTest {

    private static final Pattern FIGURE =
            Pattern.compile(
                    "<figure class=\"code\">(?:<figcaption>([^<]*)</figcaption>)?<pre[^>]*><code class=\"language-(\\w+)\">(.*?)</code></pre></figure>",
                    Pattern.DOTALL);
    // a snippet that goes on with an earlier block's model counts by the API it calls, not only its
    // imports
    private static final Pattern KERAS =
            Pattern.compile(
                    "\\bkeras\\b|\\b(models|layers|regularizers|optimizers|callbacks)\\.\\w"
                            + "|\\bSequential\\(|\\.(fit|evaluate|predict|compile|summary|save)\\(|\\bhistory\\.history\\b"
                            + "|\\b(load_model|to_categorical|build_model)\\(");
    private static final Pattern DL4J =
            Pattern.compile(
                    "org\\.deeplearning4j|\\b(MultiLayerNetwork|MultiLayerConfiguration"
                            + "|NeuralNetConfiguration|DenseLayer|OutputLayer|DropoutLayer|Evaluation|RegressionEvaluation"
                            + "|DataSetIterator|ListDataSetIterator|ModelSerializer|EarlyStoppingConfiguration|ScoreIterationListener)\\b"
                            + "|\\.(fit|output|score|evaluate|evaluateRegression|numParams|summary)\\(");
    // module 2 writes NumPy's operators without naming np in every snippet
    private static final Pattern NUMPY =
            Pattern.compile("\\b(numpy|np)\\b|\\s@\\s|\\.T\\b|\\.shape\\b");
    private static final Pattern ND4J =
            Pattern.compile("\\b(Nd4j|INDArray|Transforms)\\b|org\\.nd4j");

    @Test
    void captionsNameTheLibraryTheCodeUses() throws IOException {
        LessonCatalog catalog = LessonCatalog.load(Optional.empty());
        LessonRenderer renderer = new LessonRenderer(catalog.glossary());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Lesson lesson : catalog.lessons()) {
            StringBuilder html = new StringBuilder();
            renderer.render(lesson.markdown())
                    .segments()
                    .forEach(s -> html.append(s.html() == null ? "" : s.html()));
            Matcher figure = FIGURE.matcher(html);
            while (figure.find()) {
                String caption = figure.group(1) == null ? "" : figure.group(1);
                String language = figure.group(2);
                String code = figure.group(3);
                if (!language.equals("python") && !language.equals("java")) {
                    continue;
                }
                checked++;
                String problem = problem(caption, language, code);
                if (problem != null) {
                    String firstLine = code.strip().lines().findFirst().orElse("");
                    wrong.add(
                            lesson.id()
                                    + ": «"
                                    + caption
                                    + "» "
                                    + problem
                                    + "; code starting «"
                                    + firstLine
                                    + "»");
                }
            }
        }
        assertTrue(checked >= 100, "the lessons' Python and Java blocks were found: " + checked);
        assertTrue(
                wrong.isEmpty(),
                wrong.size()
                        + " code blocks are captioned with a library they do not use:\n"
                        + String.join("\n", wrong));
    }

    /** Why a caption does not fit its code, or null: Keras if and only if Keras, DL4J if and only if DL4J. */
    private static String problem(String caption, String language, String code) {
        boolean python = language.equals("python");
        boolean usesTop = (python ? KERAS : DL4J).matcher(code).find();
        boolean usesArrays = (python ? NUMPY : ND4J).matcher(code).find();
        String top = python ? "Keras (Python)" : "DL4J (Java)";
        String arrays = python ? "NumPy (Python)" : "ND4J (Java)";
        if (caption.equals(top) != usesTop) {
            return usesTop ? "uses " + top + " but does not say so" : "does not use " + top;
        }
        if (caption.equals(arrays) && !usesArrays) {
            return "does not use " + arrays;
        }
        if (!caption.equals(top) && !caption.equals(arrays) && usesArrays) {
            return "uses " + arrays + " but does not say so";
        }
        return null;
    }
}
