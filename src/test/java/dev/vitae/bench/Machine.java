package dev.vitae.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** What the benchmark reads about this computer and its processes from /proc (Linux). */
final class Machine {

    private Machine() {
    }

    /** The one-minute load average, or NaN where /proc is missing. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static long totalMemoryMb() {
        return kilobytes(Path.of("/proc/meminfo"), "MemTotal:").orElse(0) / 1024;
    }

    /** A field such as {@code VmRSS:} or {@code VmHWM:} of /proc/PID/status, in kilobytes. */
    static OptionalLong statusKb(long pid, String field) {
        return kilobytes(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    private static OptionalLong kilobytes(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has ended, or this is not Linux
        }
        return OptionalLong.empty();
    }

    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The java launcher of the JVM running the benchmark, for child processes. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
