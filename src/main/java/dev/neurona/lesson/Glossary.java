package dev.neurona.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The course glossary ({@code lessons/glossary.tsv}): Spanish term, English (Keras) term, a one-line
 * definition, the forms that mark its use in lesson text and the words the course avoids for it.
 */
public record Glossary(List<Term> terms) {

    /**
     * One term, with the word forms that mark its use in lesson text and the words prose must not use
     * for it (a synonym for another concept, a regional word, an English name outside code).
     */
    public record Term(
            String id,
            String spanish,
            String english,
            String definition,
            List<String> forms,
            List<String> avoid) {}

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    static Glossary read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<Term> terms = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 5) {
                throw new IOException(
                        "glossary.tsv line "
                                + (i + 1)
                                + " needs 5 tab-separated columns (id, es, en, definition, forms) and optionally avoid");
            }
            // the avoid column is optional so that a course written before it still loads
            List<String> avoid = columns.length > 5 ? words(columns[5]) : List.of();
            terms.add(
                    new Term(
                            columns[0].trim(),
                            columns[1].trim(),
                            columns[2].trim(),
                            columns[3].trim(),
                            words(columns[4]),
                            avoid));
        }
        return new Glossary(List.copyOf(terms));
    }

    private static List<String> words(String column) {
        return Arrays.stream(column.split(","))
                .map(f -> f.trim().toLowerCase(Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .toList();
    }

    public Optional<Term> find(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
