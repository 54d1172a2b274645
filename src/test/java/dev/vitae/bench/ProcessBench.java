package dev.vitae.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** One discarded run (to fill the file cache), then {@code runs} measured ones. */
    void exportCold(String input, String variant, List<String> jvmOptions, int runs, double target) throws Exception {
        Path out = work.resolve("out-" + input + ".pdf");
        Path log = work.resolve("export.log");
        Timings t = new Timings();
        for (int i = 0; i <= runs; i++) {
            Files.deleteIfExists(out);
            Launch launch = new Launch(command(jvmOptions, "export", inputs.file(input).toString(), "-o", out.toString()),
                    projectDir, work.resolve("home-export"), Map.of());
            long nanos = launch.timeToExit(log, 300);
            if (!Files.isRegularFile(out)) {
                throw new IllegalStateException("no PDF written by " + variant);
            }
            if (i > 0) {
                t.addNanos(nanos);
            }
        }
        results.add(Result.of("cli.export.cold", input, t, target, "median", variant));
    }

    void uiStart(Xvfb display, String input, String variant, List<String> jvmOptions, int runs, double target) throws Exception {
        Timings t = new Timings();
        for (int i = 0; i <= runs; i++) {
            Path home = work.resolve("home-ui-" + i);
            deleteTree(home);
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Dvitae.startupProbe=exit");
            Launch launch = new Launch(command(options, inputs.file(input).toString()), projectDir, home,
                    Map.of("DISPLAY", display.display()));
            long nanos = launch.timeToLine("vitae-startup:", 120);
            if (i > 0) {
                t.addNanos(nanos);
            }
        }
        results.add(Result.of("ui.start", input, t, target, "median", variant + ", Xvfb " + display.display()));
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
