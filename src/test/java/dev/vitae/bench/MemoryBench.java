package dev.vitae.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code rss.editor}: the resident memory of a real editor process ({@link EditorSoak}) with the ten-page CV
 * open, while and after it takes 1,000 keystrokes. The peak is the kernel's high-water mark ({@code VmHWM} of
 * /proc/PID/status) when the preview has caught up; the samples are {@code VmRSS} every 250 ms.
 */
final class MemoryBench {

    private final Path work;
    private final Results results;

    MemoryBench(Path work, Results results) {
        this.work = work;
        this.results = results;
    }

    void run(Path file, String input, String variant, List<String> jvmOptions, Map<String, String> env, double targetMb) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Machine.java());
        command.addAll(jvmOptions);
        command.add("-Dvitae.home=" + work.resolve("home-soak"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EditorSoak.class.getName());
        command.add(file.toString());
        ProcessBench.deleteTree(work.resolve("home-soak"));
        Process p = new Launch(command, work, work.resolve("home-soak"), env).start(null);
        List<Double> samples = new CopyOnWriteArrayList<>();
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                Machine.statusKb(p.pid(), "VmRSS:").ifPresent(kb -> samples.add(kb / 1024.0));
                try {
                    TimeUnit.MILLISECONDS.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        double peak;
        double end;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.equals("edited")) {
                seen.add(line);
            }
            if (line == null) {
                throw new IllegalStateException("the editor ended before finishing its edits: " + seen);
            }
            peak = Machine.statusKb(p.pid(), "VmHWM:").orElse(0) / 1024.0;
            end = Machine.statusKb(p.pid(), "VmRSS:").orElse(0) / 1024.0;
        } finally {
            sampler.interrupt();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String options = jvmOptions.isEmpty() ? "JVM defaults" : String.join(" ", jvmOptions);
        results.add(Result.memory("rss.editor", input, peak, targetMb,
                String.format(java.util.Locale.ROOT, "%s: %s; %d keystrokes; %.0f MB at the end", variant, options, EditorSoak.EDITS, end),
                samples));
    }
}
