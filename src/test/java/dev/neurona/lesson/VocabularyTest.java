package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary, in neutral Latin American Spanish: no lesson, quiz, glossary definition or Spanish UI
 * string uses a word that the glossary's avoid column or the register list marks, outside code and
 * Keras's names given as a gloss.
 */
class VocabularyTest {

    private static final Path LESSONS = Path.of("lessons");
    private static final Path SOURCES = Path.of("src/main/java");

    private static Glossary glossary;
    private static AvoidedWords avoided;

    @BeforeAll
    static void readRules() throws IOException {
        glossary = Glossary.read(LESSONS.resolve("glossary.tsv"));
        List<AvoidedWords.Rule> rules = new ArrayList<>(AvoidedWords.rulesOf(glossary));
        List<String> register =
                Files.readAllLines(
                        Path.of("src/test/resources/vocabulary/register.tsv"),
                        StandardCharsets.UTF_8);
        for (String line : register.subList(1, register.size())) {
            if (!line.isBlank()) {
                String[] columns = line.split("\t");
                rules.add(new AvoidedWords.Rule(columns[0].trim(), columns[1].trim(), List.of()));
            }
        }
        avoided = new AvoidedWords(rules);
    }

    @Test
    void lessonsAndQuizzesUseTheCourseVocabulary() throws IOException {
        List<AvoidedWords.Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(LESSONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String prose =
                        AvoidedWords.proseOfMarkdown(
                                Files.readString(file, StandardCharsets.UTF_8));
                findings.addAll(avoided.find(file.toString(), prose));
            }
        }
        String course =
                Files.readString(LESSONS.resolve("course.properties"), StandardCharsets.UTF_8);
        findings.addAll(avoided.find("lessons/course.properties", course));
        assertNoFindings(findings);
    }

    @Test
    void theGlossaryDefinitionsUseTheirOwnVocabulary() {
        List<AvoidedWords.Finding> findings = new ArrayList<>();
        for (Glossary.Term term : glossary.terms()) {
            findings.addAll(
                    avoided.find(
                            "glossary.tsv " + term.id(),
                            term.spanish() + "\n" + term.definition()));
        }
        assertNoFindings(findings);
    }

    @Test
    void spanishUiStringsUseTheCourseVocabulary() throws Exception {
        List<Class<?>> bundles = messageBundles();
        assertTrue(bundles.size() >= 10, "the @MessageBundle interfaces were found: " + bundles);
        List<AvoidedWords.Finding> findings = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (message != null && !message.value().equals(Message.DEFAULT_VALUE)) {
                    findings.addAll(
                            avoided.find(
                                    bundle.getSimpleName() + "." + method.getName(),
                                    AvoidedWords.proseOfMessage(message.value())));
                }
            }
        }
        assertNoFindings(findings);
    }

    @Test
    void noTermAvoidsAWordThatMarksAnotherTermsUse() {
        for (Glossary.Term term : glossary.terms()) {
            for (Glossary.Term other : glossary.terms()) {
                for (String word : term.avoid()) {
                    assertFalse(
                            other.forms().contains(word),
                            other.id() + " links «" + word + "», which " + term.id() + " avoids");
                }
            }
        }
    }

    @Test
    void theCheckSeesProseAndSkipsCodeMathAndGlosses() {
        AvoidedWords check =
                new AvoidedWords(
                        List.of(
                                new AvoidedWords.Rule("epoch", "época", List.of("época", "épocas")),
                                new AvoidedWords.Rule(
                                        "merece la pena", "vale la pena", List.of())));
        String markdown =
                """
                Cada época (*epoch*) cuenta; las épocas (epochs) también.
                `epochs=5` en código, $\\text{epoch}$ en una fórmula, [enlace](/epoch).

                ```python
                model.fit(x, y, epochs=5)  # una epoch
                ```

                ```quiz
                id: epoch
                ? ¿Cuántas epoch hacen falta?
                - Cinco *
                - Merece
                  la pena probar
                > Una epoch es una pasada.
                ```
                Una epoch en prosa. Merece  la pena.
                """;
        List<AvoidedWords.Finding> found =
                check.find("x.md", AvoidedWords.proseOfMarkdown(markdown));
        assertEquals(
                List.of(10, 12, 14, 16, 16),
                found.stream().map(AvoidedWords.Finding::line).sorted().toList(),
                found.toString());
        assertEquals(
                List.of(2),
                check
                        .find(
                                "m",
                                AvoidedWords.proseOfMessage(
                                        "<code>epoch</code> {epoch}\nUna epoch más"))
                        .stream()
                        .map(AvoidedWords.Finding::line)
                        .toList());
    }

    private static List<Class<?>> messageBundles() throws IOException, ClassNotFoundException {
        List<Class<?>> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("@MessageBundle")) {
                    String name =
                            SOURCES.relativize(file)
                                    .toString()
                                    .replace(".java", "")
                                    .replace('/', '.');
                    Class<?> type = Class.forName(name);
                    if (type.isAnnotationPresent(MessageBundle.class)) {
                        bundles.add(type);
                    }
                }
            }
        }
        return bundles;
    }

    private static void assertNoFindings(List<AvoidedWords.Finding> findings) {
        StringBuilder report = new StringBuilder();
        findings.forEach(f -> report.append('\n').append(f));
        assertTrue(findings.isEmpty(), findings.size() + " uses of avoided words:" + report);
    }
}
