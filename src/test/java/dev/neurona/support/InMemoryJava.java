package dev.neurona.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles one Java source in memory against the test JVM's own classpath, and loads the classes it makes. */
public final class InMemoryJava {

    private InMemoryJava() {}

    /** Compiles {@code source} (class {@code className}, default package) with javac's {@code options}. */
    public static ClassLoader compile(String className, String source, String... options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager files =
                new ForwardingJavaFileManager<>(
                        javac.getStandardFileManager(diagnostics, null, null)) {
                    @Override
                    public JavaFileObject getJavaFileForOutput(
                            Location location,
                            String name,
                            JavaFileObject.Kind kind,
                            FileObject sibling) {
                        return new SimpleJavaFileObject(
                                URI.create("mem:///" + name + kind.extension), kind) {
                            @Override
                            public OutputStream openOutputStream() {
                                return classes.computeIfAbsent(
                                        name, n -> new ByteArrayOutputStream());
                            }
                        };
                    }
                };
        JavaFileObject unit =
                new SimpleJavaFileObject(
                        URI.create("string:///" + className + ".java"),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath", classpath()));
        arguments.addAll(List.of(options));
        boolean compiled =
                javac.getTask(null, files, diagnostics, arguments, null, List.of(unit)).call();
        if (!compiled) {
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                errors.append("line ")
                        .append(d.getLineNumber())
                        .append(": ")
                        .append(d.getMessage(null))
                        .append('\n');
            }
            throw new AssertionError(errors + "in\n" + numbered(source));
        }
        return new ClassLoader(InMemoryJava.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
    }

    private static String numbered(String source) {
        StringBuilder out = new StringBuilder();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i + 1).append(": ").append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    /** Surefire may hide the test classpath behind a manifest-only jar; its own property has the real one. */
    private static String classpath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }
}
