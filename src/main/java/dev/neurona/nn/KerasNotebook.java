package dev.neurona.nn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * A spec's Keras program as a Jupyter notebook (nbformat 4.5) that runs end to end in a plain
 * Keras environment such as Colab: a heading naming the lesson, then one cell each for the
 * imports, the data, the model, the training and the test evaluation, each under a short heading.
 */
public final class KerasNotebook {

    /** The media type Jupyter registers for notebooks. */
    public static final String MEDIA_TYPE = "application/x-ipynb+json";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ArrayNode cells = JSON.createArrayNode();

    private KerasNotebook() {}

    /** The notebook's JSON text. */
    public static String of(NetworkSpec spec, NotebookText text) {
        KerasProgram program = KerasCode.program(spec);
        KerasNotebook notebook = new KerasNotebook();
        notebook.markdown("# " + text.title() + "\n\n" + text.intro());
        notebook.code(program.setup());
        notebook.markdown("## " + text.data());
        if (!text.dataNote().isEmpty()) {
            notebook.markdown(text.dataNote());
        }
        if (!program.generator().isEmpty()) {
            notebook.markdown(text.generator());
            notebook.code(program.generator());
        }
        notebook.code(program.data());
        notebook.markdown("## " + text.model());
        notebook.code(program.model());
        notebook.markdown("## " + text.fit());
        notebook.code(program.fit());
        notebook.markdown("## " + text.evaluate());
        notebook.code(program.evaluate());
        return notebook.json();
    }

    private void markdown(String source) {
        cell("markdown", source);
    }

    private void code(String source) {
        cell("code", source).putNull("execution_count").putArray("outputs");
    }

    private ObjectNode cell(String type, String source) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", type);
        cell.put("id", "cell-" + cells.size());
        cell.putObject("metadata");
        // Jupyter's own layout: one string per line, each but the last keeping its newline
        ArrayNode lines = cell.putArray("source");
        String trimmed = source.strip();
        int from = 0;
        while (from < trimmed.length()) {
            int end = trimmed.indexOf('\n', from);
            int to = end < 0 ? trimmed.length() : end + 1;
            lines.add(trimmed.substring(from, to));
            from = to;
        }
        return cell;
    }

    private String json() {
        ObjectNode notebook = JSON.createObjectNode();
        ObjectNode metadata = notebook.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        metadata.putObject("language_info").put("name", "python");
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        notebook.set("cells", cells);
        try {
            return JSON.writeValueAsString(notebook) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
