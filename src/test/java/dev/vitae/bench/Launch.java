package dev.vitae.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as its own process with its own Vitae folders (XDG config and data under {@code home}), so
 * that every run starts like a first run and nothing of the person's own settings is read or written.
 */
final class Launch {

    private final List<String> command;
    private final Path workDir;
    private final Path home;
    private final Map<String, String> env;

    Launch(List<String> command, Path workDir, Path home, Map<String, String> env) {
        this.command = List.copyOf(command);
        this.workDir = workDir;
        this.home = home;
        this.env = Map.copyOf(env);
    }

    Process start(Path log) throws IOException {
        Files.createDirectories(home);
        ProcessBuilder b = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true);
        if (log != null) {
            b.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        b.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        b.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        b.environment().remove("JDK_JAVA_OPTIONS");
        b.environment().remove("JAVA_TOOL_OPTIONS");
        b.environment().putAll(env);
        return b.start();
    }

    /** Runs to the end; the wall-clock time from starting the process to its exit, in nanoseconds. */
    long timeToExit(Path log, long limitSeconds) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(log);
        if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        long nanos = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command) + " (see " + log + ")");
        }
        return nanos;
    }

    /** Runs until the process prints a line starting with {@code marker}; nanoseconds from start to that line. */
    long timeToLine(String marker, long limitSeconds) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(null);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long limit = start + TimeUnit.SECONDS.toNanos(limitSeconds);
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(marker)) {
                    long nanos = System.nanoTime() - start;
                    p.waitFor(30, TimeUnit.SECONDS);
                    return nanos;
                }
                seen.add(line);
                if (System.nanoTime() > limit) {
                    break;
                }
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
        }
        throw new IllegalStateException("no \"" + marker + "\" from " + String.join(" ", command) + ": " + seen);
    }
}
