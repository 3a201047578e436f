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

/** The course glossary ({@code lessons/glossary.tsv}): Spanish term, English (Keras) term and a one-line definition. */
public record Glossary(List<Term> terms) {

    /** One term, with the word forms that mark its use in lesson text. */
    public record Term(String id, String spanish, String english, String definition, List<String> forms) {
    }

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
                throw new IOException("glossary.tsv line " + (i + 1) + " needs 5 tab-separated columns");
            }
            List<String> forms = Arrays.stream(columns[4].split(",")).map(f -> f.trim().toLowerCase(Locale.ROOT))
                    .filter(f -> !f.isEmpty()).toList();
            terms.add(new Term(columns[0].trim(), columns[1].trim(), columns[2].trim(), columns[3].trim(), forms));
        }
        return new Glossary(List.copyOf(terms));
    }

    public Optional<Term> find(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
