package io.hexaredis.features.interop;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool of the Redis distribution (redis-cli, redis-benchmark) run as a process,
 * found on the PATH. Tests that need one skip, saying so, where it is not installed; CI installs
 * the Debian package redis-tools, so there they always run.
 */
final class ExternalTool {

    /** What a finished run left: its exit code and everything it printed (stdout, then stderr). */
    record Result(int exitCode, String stdout, String stderr) {}

    private final String name;
    private final Path path;

    private ExternalTool(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    /** The tool called {@code name} on the PATH; {@link #installed()} says whether there is one. */
    static ExternalTool find(String name) {
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new ExternalTool(name, candidate);
                }
            }
        }
        return new ExternalTool(name, null);
    }

    boolean installed() {
        return path != null;
    }

    /** Where the tool is; only when {@link #installed()}. */
    Path path() {
        return path;
    }

    /** Why a test skips: the sentence Assumptions shows. */
    String missingReason() {
        return name + " not installed: install the Debian package redis-tools to run this test";
    }

    /** Runs the tool with {@code args}, feeding it {@code stdin} (may be null), for at most 60 seconds. */
    Result run(String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("tool", ".out");
            Path err = Files.createTempFile("tool", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(name + " did not finish within 60 seconds: " + command);
                }
                return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
