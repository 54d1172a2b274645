package dev.vitae.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of whole processes, started as a person starts them: {@code cli.export.cold} is
 * {@code java -jar target/vitae.jar export IN.json -o OUT.pdf} from start to exit, and {@code ui.start} is
 * {@code java -jar target/vitae.jar IN.json} from start to the first frame that shows the preview (reported by
 * the window itself when {@code -Dvitae.startupProbe} is set, which also ends it).
 */
final class ProcessBench {

    private final Path projectDir;
    private final Path jar;
    private final Inputs inputs;
    private final Path work;
    private final Results results;

    ProcessBench(Path projectDir, Path jar, Inputs inputs, Path work, Results results) {
        this.projectDir = projectDir;
        this.jar = jar;
        this.inputs = inputs;
        this.work = work;
        this.results = results;
    }

    /**
     * How a run starts. {@code java -jar} starts a second JVM with a start-up archive ({@code dev.vitae.FastStart}):
     * a later run maps the archive an earlier one wrote, a first run writes it as it exits, and
     * {@code -Dvitae.fastStart=false} runs everything in the first JVM, as before.
     */
    enum Start {
        LATER_RUN("java -jar", List.of()),
        /** A later run that opens a file the window has not shown before, so no first page of it was kept. */
        UNSEEN_FILE("java -jar, a file not shown before (no kept first page)", List.of()),
        FIRST_RUN("java -jar, first run (writes the start-up archive)", List.of()),
        ONE_JVM("java -Dvitae.fastStart=false -jar (one JVM, no archive)", List.of("-Dvitae.fastStart=false"));

        final String label;
        final List<String> jvmOptions;

        Start(String label, List<String> jvmOptions) {
            this.label = label;
            this.jvmOptions = jvmOptions;
        }
    }

    /** One discarded run (to fill the file cache, and the start-up archive for a later run), then {@code runs} measured ones. */
    void exportCold(String input, Start start, int runs, double target) throws Exception {
        Path out = work.resolve("out-" + input + ".pdf");
        Path log = work.resolve("export.log");
        Timings t = new Timings();
        for (int i = 0; i <= runs; i++) {
            Files.deleteIfExists(out);
            Launch launch = new Launch(command(start.jvmOptions, "export", inputs.file(input).toString(), "-o", out.toString()),
                    projectDir, work.resolve("home-export"), cache(start));
            long nanos = launch.timeToExit(log, 300);
            if (!Files.isRegularFile(out)) {
                throw new IllegalStateException("no PDF written by " + start.label);
            }
            if (i > 0) {
                t.addNanos(nanos);
            }
        }
        results.add(Result.of("cli.export.cold", input, t, target, "median", start.label));
    }

    void uiStart(Xvfb display, String input, Start start, int runs, double target) throws Exception {
        Timings t = new Timings();
        for (int i = 0; i <= runs; i++) {
            Path home = work.resolve("home-ui-" + i);
            deleteTree(home);
            List<String> options = new ArrayList<>(start.jvmOptions);
            options.add("-Dvitae.startupProbe=exit");
            Map<String, String> env = new HashMap<>(cache(start));
            if (start == Start.UNSEEN_FILE) {
                deleteTree(Path.of(env.get("XDG_CACHE_HOME"), "vitae", "previews"));
            }
            env.put("DISPLAY", display.display());
            Launch launch = new Launch(command(options, inputs.file(input).toString()), projectDir, home, env);
            long nanos = launch.timeToLine("vitae-startup:", 120);
            if (i > 0) {
                t.addNanos(nanos);
            }
        }
        String file = start == Start.FIRST_RUN || start == Start.UNSEEN_FILE ? "" : ", the file shown before (its first page kept)";
        results.add(Result.of("ui.start", input, t, target, "median", start.label + file + ", Xvfb " + display.display()));
    }

    /**
     * The cache folder of a run: one kept across the runs of the benchmark, so that it holds the archives the
     * first of them wrote, or an empty one for every first run.
     */
    private Map<String, String> cache(Start start) throws IOException {
        Path folder = work.resolve(start == Start.FIRST_RUN ? "cache-first-run" : "cache");
        if (start == Start.FIRST_RUN) {
            deleteTree(folder);
        }
        return Map.of("XDG_CACHE_HOME", folder.toString());
    }

    List<String> command(List<String> jvmOptions, String... args) {
        List<String> c = new ArrayList<>();
        c.add(Machine.java());
        c.addAll(jvmOptions);
        c.add("-jar");
        c.add(projectDir.relativize(jar.toAbsolutePath()).toString());
        c.addAll(List.of(args));
        return c;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
