package dev.vitae;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test's own class run in a separate Java process, so that the test can kill it the way a crash or a
 * power cut would: no shutdown hooks, no finally blocks, no flush.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // a small, quickly started JVM: these children live for a fraction of a second
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx96m", "-Xshare:auto",
                "-Dfile.encoding=UTF-8",
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        return new ChildJvm(builder.start());
    }

    /** The next line the child printed, or null when it has ended. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /** Reads until a line equal to {@code expected}; fails if the child ends first. */
    public void awaitLine(String expected) throws IOException {
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IllegalStateException("the child ended before printing " + expected + " (exit " + exitCode() + ")");
    }

    /** Waits up to {@code millis} for the child to end by itself; the random moment at which a test kills it. */
    public boolean waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Kills the child at once (SIGKILL), and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed child did not end");
        }
    }

    public long pid() {
        return process.pid();
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
    }
}
