package dev.neurona.nn;

import dev.neurona.data.PlaygroundData;
import dev.neurona.data.TruthTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A spec's DL4J program as a small Maven project a learner runs at home ({@code mvn compile
 * exec:java}): a {@code pom.xml} naming DL4J {@value #DL4J_VERSION} and ND4J's native backend, and
 * one {@code Main.java} that loads or generates the data, builds the network, trains and evaluates
 * it. Only for data DL4J can load itself (MNIST) or the program can generate (XOR, the playground).
 */
public final class Dl4jProject {

    public static final String DL4J_VERSION = "1.0.0-M2.1";
    public static final String MEDIA_TYPE = "application/zip";

    private static final Set<String> DATASETS =
            Set.of("mnist", TruthTable.NAME, PlaygroundData.NAME);

    private Dl4jProject() {}

    /** Whether a project can be made for this dataset: DL4J loads it, or the program draws it. */
    public static boolean supports(String dataset) {
        return DATASETS.contains(dataset);
    }

    /** The zip: {@code name/pom.xml} and {@code name/src/main/java/Main.java}. */
    public static byte[] zip(NetworkSpec spec, String name, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, name + "/pom.xml", pom(spec, name));
            entry(zip, name + "/src/main/java/Main.java", mainJava(spec, title));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String path, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The program: the spec's statements in {@code main}, its methods beside it. */
    public static String mainJava(NetworkSpec spec, String title) {
        if (!supports(spec.dataset())) {
            throw new IllegalArgumentException("no DL4J project for " + spec.dataset());
        }
        Dl4jProgram program = Dl4jCode.program(spec);
        StringBuilder source = new StringBuilder(program.importLines()).append('\n');
        source.append("/**\n * ")
                .append(title.replace("*/", "* /"))
                .append(": the exercise as Neurona trains it, in DL4J ")
                .append(DL4J_VERSION)
                .append(".\n * Run it with: mvn compile exec:java\n */\n");
        source.append("public class Main {\n\n");
        source.append("    public static void main(String[] args) throws Exception {\n");
        source.append(indented(program.statements(), "        "));
        source.append("    }\n");
        if (!program.methods().isEmpty()) {
            source.append('\n').append(indented(program.methods(), "    "));
        }
        return source.append("}\n").toString();
    }

    private static String indented(String code, String indent) {
        StringBuilder out = new StringBuilder();
        code.strip().lines().forEach(l -> out.append(l.isBlank() ? "" : indent + l).append('\n'));
        return out.toString();
    }

    /** The build: DL4J's network library, its datasets where MNIST is loaded, ND4J's native backend. */
    public static String pom(NetworkSpec spec, String name) {
        StringBuilder dependencies = new StringBuilder();
        dependency(dependencies, "org.deeplearning4j", "deeplearning4j-nn");
        if (spec.dataset().equals("mnist")) {
            dependency(dependencies, "org.deeplearning4j", "deeplearning4j-datasets");
        }
        // the CPU backend with the native libraries of every platform, so the zip runs anywhere
        dependency(dependencies, "org.nd4j", "nd4j-native-platform");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.neurona.takehome</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>

                  <properties>
                    <maven.compiler.release>11</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <dl4j.version>%s</dl4j.version>
                  </properties>

                  <dependencies>
                %s  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.codehaus.mojo</groupId>
                        <artifactId>exec-maven-plugin</artifactId>
                        <version>3.1.0</version>
                        <configuration>
                          <mainClass>Main</mainClass>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """
                .formatted(name, DL4J_VERSION, dependencies);
    }

    private static void dependency(StringBuilder out, String group, String artifact) {
        out.append("    <dependency>\n")
                .append("      <groupId>")
                .append(group)
                .append("</groupId>\n")
                .append("      <artifactId>")
                .append(artifact)
                .append("</artifactId>\n")
                .append("      <version>${dl4j.version}</version>\n")
                .append("    </dependency>\n");
    }
}
