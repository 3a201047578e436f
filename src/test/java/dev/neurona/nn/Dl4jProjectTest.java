package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.TensorDataset;
import dev.neurona.data.Toy2dKind;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonRenderer;
import dev.neurona.support.InMemoryJava;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Dl4jProjectTest {

    private static CourseContent course;

    @BeforeAll
    static void loadLessons() throws Exception {
        course =
                new CourseContent(
                        LessonCatalog.load(Optional.of(Path.of("lessons"))), new LessonRenderer());
    }

    private static NetworkSpec exercise(String id, Map<String, String> changes) {
        ExerciseDefinition exercise =
                course.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id));
        Map<String, String> values = new HashMap<>(exercise.defaults());
        values.putAll(changes);
        return new SpecParser(SpecLimits.defaults())
                .parse(values, DatasetShape.of(exercise.dataset()).orElseThrow())
                .orElseThrow();
    }

    /** Each kind of data the project is made for, with settings that change the code: all of them compile. */
    @Test
    void mainJavaCompilesForMnistXorAndThePlaygroundUnderSeveralSettings() {
        List<NetworkSpec> specs =
                List.of(
                        exercise("mnist-1-5", Map.of()),
                        exercise(
                                "mnist-1-5",
                                Map.of(
                                        "optimizer",
                                        "adam",
                                        "dropout",
                                        "0.3",
                                        "validation_split",
                                        "0.2",
                                        "patience",
                                        "2",
                                        "restore_best",
                                        "true",
                                        "l2",
                                        "0.001")),
                        exercise("xor-1-6", Map.of()),
                        exercise(
                                "xor-1-6",
                                Map.of("optimizer", "momentum", "hidden", "4 tanh, 3 relu")),
                        exercise("playground-1-12", Map.of()),
                        exercise(
                                "playground-1-12",
                                Map.of(
                                        "toy",
                                        "gaussian_quantiles",
                                        "features",
                                        "x1, x2, x1x2, sin1, sin2",
                                        "hidden",
                                        "6 relu",
                                        "optimizer",
                                        "rmsprop",
                                        "validation_split",
                                        "0.25")));
        for (NetworkSpec spec : specs) {
            String source = Dl4jProject.mainJava(spec, "Lección 1.5: «prueba»");
            // the pom compiles for Java 11: the source must too
            InMemoryJava.compile("Main", source, "--release", "11");
            assertFalse(
                    source.contains("// trainImages"),
                    "data loading is code, not a comment:\n" + source);
        }
        String mnist = Dl4jProject.mainJava(specs.get(1), "T");
        assertTrue(mnist.contains("new MnistDataSetIterator(60000, true, 42).next()"), mnist);
        assertTrue(mnist.contains("new Adam(0.001, 0.9, 0.999, 1e-7)"), mnist);
        assertTrue(mnist.contains("new DropoutLayer.Builder(0.7)"), mnist);
        assertTrue(mnist.contains("long cut = n - Math.round(n * 0.2);"), mnist);
        assertFalse(Dl4jProject.mainJava(specs.get(0), "T").contains("DropoutLayer"));
        assertTrue(Dl4jProject.mainJava(specs.get(3), "T").contains("new Nesterovs("));
    }

    @Test
    void onlyDataDl4jLoadsOrTheProgramDrawsGetAProject() {
        assertTrue(Dl4jProject.supports("mnist"));
        assertTrue(Dl4jProject.supports("xor"));
        assertTrue(Dl4jProject.supports("playground"));
        for (String dataset : List.of("imdb", "reuters", "boston", "fashion-mnist")) {
            assertFalse(Dl4jProject.supports(dataset), dataset);
        }
        NetworkSpec imdb = exercise("imdb-3-3", Map.of());
        assertThrows(IllegalArgumentException.class, () -> Dl4jProject.mainJava(imdb, "T"));
    }

    /** The generated program's point generator, compiled and called, draws exactly data.Toy2d's points. */
    @Test
    void theGeneratedPointsAreToy2dsForEveryShape() throws Exception {
        for (Toy2dKind kind : Toy2dKind.values()) {
            NetworkSpec spec = exercise("playground-1-12", Map.of("toy", kind.key()));
            Class<?> main =
                    InMemoryJava.compile("Main", Dl4jProject.mainJava(spec, "T")).loadClass("Main");
            Method generator =
                    main.getDeclaredMethod(
                            JavaPoints.method(kind), int.class, double.class, long.class);
            generator.setAccessible(true);
            DataSet drawn = (DataSet) generator.invoke(null, 301, 0.35, 9L);
            TensorDataset expected = kind.generate(301, 0.35, 9L);
            assertEquals(expected.features(), drawn.getFeatures(), kind + " points");
            assertEquals(expected.labels(), drawn.getLabels(), kind + " labels");

            Method split =
                    main.getDeclaredMethod(
                            "trainTestSplit", DataSet.class, double.class, long.class);
            split.setAccessible(true);
            DataSet[] parts = (DataSet[]) split.invoke(null, drawn, 0.7, 9L);
            var server = dev.neurona.data.TrainTestSplit.of(expected, 0.7, 9L);
            assertEquals(server.train().features(), parts[0].getFeatures(), kind + " train rows");
            assertEquals(server.test().labels(), parts[1].getLabels(), kind + " test rows");
        }
    }

    /** XOR and the playground need no download: their Main runs here, trains and prints the test result. */
    @Test
    void xorAndPlaygroundProgramsRunEndToEnd() throws Exception {
        Map<String, NetworkSpec> runs = new LinkedHashMap<>();
        runs.put("xor", exercise("xor-1-6", Map.of("epochs", "400")));
        runs.put(
                "playground",
                exercise("playground-1-12", Map.of("epochs", "20", "validation_split", "0.2")));
        Pattern result = Pattern.compile("test_loss: ([0-9.Ee-]+), test_acc: ([0-9.]+)");
        for (var entry : runs.entrySet()) {
            Class<?> main =
                    InMemoryJava.compile("Main", Dl4jProject.mainJava(entry.getValue(), "T"))
                            .loadClass("Main");
            String printed = printedBy(main);
            Matcher matcher = result.matcher(printed);
            assertTrue(matcher.find(), entry.getKey() + " printed\n" + printed);
            // the lesson's settings learn both: XOR's four rows, and the circle through x1², x2²
            assertTrue(
                    Double.parseDouble(matcher.group(2)) >= 0.9,
                    entry.getKey() + " printed\n" + printed);
            if (entry.getKey().equals("playground")) {
                assertTrue(printed.contains("epoch 20 - val_loss:"), printed);
            }
        }
    }

    private static String printedBy(Class<?> main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theZipHoldsAWellFormedPomNamingDl4jAndTheNativeBackendAndTheMainClass() throws Exception {
        NetworkSpec mnist = exercise("mnist-1-5", Map.of("epochs", "3"));
        Map<String, String> entries =
                unzip(Dl4jProject.zip(mnist, "neurona-mnist-1-5", "Lección 1.5"));
        assertEquals(
                List.of("neurona-mnist-1-5/pom.xml", "neurona-mnist-1-5/src/main/java/Main.java"),
                new ArrayList<>(entries.keySet()));
        assertEquals(
                Dl4jProject.mainJava(mnist, "Lección 1.5"),
                entries.get("neurona-mnist-1-5/src/main/java/Main.java"));

        Document pom =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(
                                new ByteArrayInputStream(
                                        entries.get("neurona-mnist-1-5/pom.xml")
                                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("neurona-mnist-1-5", child(pom.getDocumentElement(), "artifactId"));
        assertEquals(
                "1.0.0-M2.1",
                child((Element) pom.getElementsByTagName("properties").item(0), "dl4j.version"));
        assertEquals(
                List.of(
                        "org.deeplearning4j:deeplearning4j-nn",
                        "org.deeplearning4j:deeplearning4j-datasets",
                        "org.nd4j:nd4j-native-platform"),
                dependencies(pom));
        assertEquals("Main", pom.getElementsByTagName("mainClass").item(0).getTextContent());

        Document xor =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(
                                new ByteArrayInputStream(
                                        Dl4jProject.pom(
                                                        exercise("xor-1-6", Map.of()),
                                                        "neurona-xor-1-6")
                                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                List.of("org.deeplearning4j:deeplearning4j-nn", "org.nd4j:nd4j-native-platform"),
                dependencies(xor));
    }

    private static List<String> dependencies(Document pom) {
        List<String> names = new ArrayList<>();
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("${dl4j.version}", child(dependency, "version"));
            names.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId"));
        }
        return names;
    }

    private static String child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in =
                new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
