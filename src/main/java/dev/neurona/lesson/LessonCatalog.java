package dev.neurona.lesson;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** The course: modules and their lessons, read once from a {@code lessons/} directory or the bundled copy. */
public final class LessonCatalog {

    private final String courseTitle;
    private final List<Module> modules;
    private final List<Lesson> lessons;
    private final Glossary glossary;

    /** A module of the course with its lessons in order. */
    public record Module(int number, String title, List<Lesson> lessons) {
    }

    private LessonCatalog(String courseTitle, List<Module> modules, Glossary glossary) {
        this.courseTitle = courseTitle;
        this.glossary = glossary;
        this.modules = List.copyOf(modules);
        this.lessons = modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    /** Reads {@code directory}, or the classpath's {@code lessons/} when it is empty. */
    public static LessonCatalog load(Optional<Path> directory) throws IOException {
        if (directory.isPresent()) {
            return read(directory.get());
        }
        URL url = LessonCatalog.class.getClassLoader().getResource("lessons/course.properties");
        if (url == null) {
            throw new IOException("no lessons found: neither a lessons directory nor bundled lessons");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/lessons"));
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    static LessonCatalog read(Path directory) throws IOException {
        Properties course = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve("course.properties"), StandardCharsets.UTF_8)) {
            course.load(reader);
        }
        List<Lesson> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                all.add(parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()));
            }
        }
        all.sort(Comparator.comparingInt(Lesson::module).thenComparingInt(Lesson::number));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).id().equals(all.get(i - 1).id())) {
                throw new IOException("two lessons have the id " + all.get(i).id());
            }
        }
        for (Lesson lesson : all) {
            if (!course.containsKey("module." + lesson.module() + ".title")) {
                throw new IOException("lesson " + lesson.id() + " belongs to module " + lesson.module()
                        + ", which course.properties does not declare (module." + lesson.module() + ".title)");
            }
        }
        List<Module> modules = new ArrayList<>();
        for (int m = 1; course.containsKey("module." + m + ".title"); m++) {
            int number = m;
            modules.add(new Module(m, course.getProperty("module." + m + ".title"),
                    all.stream().filter(l -> l.module() == number).toList()));
        }
        return new LessonCatalog(course.getProperty("course.title", "Neurona"), modules,
                Glossary.read(directory.resolve("glossary.tsv")));
    }

    static Lesson parse(String text, String source) throws IOException {
        FrontMatter.Parsed parsed = FrontMatter.parse(text);
        String id = parsed.values().get("id");
        String title = parsed.values().get("title");
        if (id == null || title == null || !id.matches("\\d+\\.\\d+")) {
            throw new IOException(source + ": front matter needs an id like \"1.4\" and a title");
        }
        String[] parts = id.split("\\.");
        return new Lesson(id, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), title,
                parsed.values().getOrDefault("summary", ""), parsed.body());
    }

    public String courseTitle() {
        return courseTitle;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<Module> modules() {
        return modules;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Lesson> previous(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i < lessons.size() - 1 ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }
}
