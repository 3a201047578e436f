package dev.neurona.nn;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A DL4J program in the parts a Java class needs: its imports, the statements that load the data,
 * build the network, train and evaluate it, and the static methods they call (K-fold's {@code
 * buildModel}, the playground's point generator), each part ending with a newline or empty.
 */
record Dl4jProgram(Set<String> imports, String statements, String methods) {

    Dl4jProgram {
        imports = Set.copyOf(imports);
    }

    /** The import lines, sorted. */
    String importLines() {
        return imports.stream()
                .sorted()
                .map(i -> "import " + i + ";\n")
                .collect(Collectors.joining());
    }

    /** The program as "Ver el código" shows it: imports, statements, then the methods. */
    String whole() {
        return importLines() + "\n" + statements + (methods.isEmpty() ? "" : "\n" + methods);
    }
}
