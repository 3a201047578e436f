package dev.neurona.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Python ({@code /usr/bin/python3}, where {@code python3-nbformat} and {@code python3-numpy}
 * install), not whichever {@code python3} comes first on the PATH. Tests skip through assumptions
 * when it or a module is missing.
 */
public final class SystemPython {

    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private SystemPython() {}

    /** Whether Debian's Python can import {@code module}. */
    public static boolean has(String module) {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            return run("import " + module + "\n").exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What a finished script printed, and how it ended. */
    public record Result(int exitCode, String output) {}

    /** Runs {@code script} and returns its exit code and combined output. */
    public static Result run(String script) throws IOException {
        Path file = Files.createTempFile("neurona-", ".py");
        try {
            Files.writeString(file, script);
            Process process =
                    new ProcessBuilder(PYTHON.toString(), file.toString())
                            .redirectErrorStream(true)
                            .start();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("python did not finish in 120 s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
