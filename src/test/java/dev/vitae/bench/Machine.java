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

    /** The processor's name from /proc/cpuinfo, or "unknown". */
    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * How fast one core of this machine is, in milliseconds for a fixed piece of work (sorting the same four
     * million pseudo-random ints, best of five after two warm-ups, JIT-compiled): machines of the same kind
     * differ, and the two-core machines this benchmark ran on differed by a factor of two in whole-process
     * figures (issue 7), so a run is read together with this number.
     */
    static double referenceSortMs() {
        int[] data = new java.util.Random(7).ints(4_000_000).toArray();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            int[] copy = data.clone();
            long t = System.nanoTime();
            java.util.Arrays.sort(copy);
            double ms = (System.nanoTime() - t) / 1e6;
            if (run >= 2) {
                best = Math.min(best, ms);
            }
        }
        return Math.round(best * 10) / 10.0;
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
