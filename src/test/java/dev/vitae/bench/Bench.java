package dev.vitae.bench;

import dev.vitae.FastStart;
import dev.vitae.model.Document;
import dev.vitae.render.Renderer;
import dev.vitae.store.ResumeStore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark of issue 7, run by {@code ./mvnw -Pbench verify} (after the jar is built): prints a table and
 * writes {@code target/bench/results.json}. It measures; it never fails on a number.
 *
 * <p>Arguments: {@code --only pipeline,edit,export,ui,memory} runs some parts; {@code --quick} fewer runs.
 */
public final class Bench {

    /** The targets. */
    static final double EDIT_ONE_PAGE_MS = 100;
    static final double EDIT_TEN_PAGES_MS = 300;
    static final double EXPORT_COLD_MS = 1000;
    static final double UI_START_MS = 2000;
    static final double RSS_MB = 350;
    /** The JVM options of the installed app's launcher on this platform, which java -jar uses too. */
    static final List<String> LAUNCHER_OPTIONS = FastStart.launcherOptions();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        Set<String> parts = option(a, "--only").map(s -> Set.of(s.split(",")))
                .orElse(Set.of("pipeline", "edit", "export", "ui", "memory"));
        boolean quick = a.contains("--quick");
        Path project = Path.of(option(a, "--project").orElse(".")).toAbsolutePath().normalize();
        Path out = project.resolve("target/bench");
        Path work = out.resolve("work");
        Inputs inputs = new Inputs(work);
        Results results = new Results();
        System.out.printf("Vitae benchmark: %s, load average %.2f%n", parts.stream().sorted().collect(Collectors.joining(", ")),
                Machine.loadAverage());
        System.out.println(Results.header());

        Renderer renderer = new Renderer();
        if (parts.contains("pipeline")) {
            PipelineBench pipeline = new PipelineBench(renderer, results);
            pipeline.run(inputs, Inputs.SAMPLE, quick ? 5 : 20, quick ? 10 : 40);
            pipeline.run(inputs, Inputs.CV10, quick ? 3 : 10, quick ? 5 : 20);
        }
        if (parts.contains("edit")) {
            editToPreview(renderer, inputs, Inputs.SAMPLE, "/work/1/highlights/0", EDIT_ONE_PAGE_MS, quick, results);
            editToPreview(renderer, inputs, Inputs.CV10, "/work/12/highlights/2", EDIT_TEN_PAGES_MS, quick, results);
        }
        Path jar = project.resolve("target/vitae.jar");
        ProcessBench processes = new ProcessBench(project, jar, inputs, work, results);
        Optional<Xvfb> display = parts.contains("ui") || parts.contains("export") ? Xvfb.start() : Optional.empty();
        try {
            int runs = quick ? 3 : 7;
            int firstRuns = quick ? 2 : 3;
            if (parts.contains("export")) {
                for (String input : List.of(Inputs.SAMPLE, Inputs.CV10)) {
                    processes.exportCold(input, ProcessBench.Start.LATER_RUN, runs, EXPORT_COLD_MS);
                    processes.exportCold(input, ProcessBench.Start.FIRST_RUN, firstRuns, EXPORT_COLD_MS);
                    processes.exportCold(input, ProcessBench.Start.ONE_JVM, runs, EXPORT_COLD_MS);
                }
            }
            if (parts.contains("ui")) {
                if (display.isEmpty()) {
                    System.out.println("ui.start skipped: Xvfb is not installed");
                } else {
                    for (String input : List.of(Inputs.SAMPLE, Inputs.CV10)) {
                        processes.uiStart(display.get(), input, ProcessBench.Start.LATER_RUN, runs, UI_START_MS);
                        processes.uiStart(display.get(), input, ProcessBench.Start.UNSEEN_FILE, runs, UI_START_MS);
                        processes.uiStart(display.get(), input, ProcessBench.Start.FIRST_RUN, firstRuns, UI_START_MS);
                        processes.uiStart(display.get(), input, ProcessBench.Start.ONE_JVM, runs, UI_START_MS);
                    }
                }
            }
        } finally {
            if (display.isPresent()) {
                display.get().close();
            }
        }
        if (parts.contains("memory")) {
            MemoryBench memory = new MemoryBench(work, results);
            memory.run(inputs.file(Inputs.CV10), Inputs.CV10, "launcher options alone (bin/Vitae)", LAUNCHER_OPTIONS, Map.of(), RSS_MB);
            memory.run(inputs.file(Inputs.CV10), Inputs.CV10, "as java -jar and the Linux packages start it (launcher options, MALLOC_ARENA_MAX=2)",
                    LAUNCHER_OPTIONS, Map.of("MALLOC_ARENA_MAX", "2"), RSS_MB);
            memory.run(inputs.file(Inputs.CV10), Inputs.CV10, "java defaults", List.of(), Map.of(), RSS_MB);
        }
        results.write(out.resolve("results.json"));
        results.printTable(System.out);
        System.out.println("written: " + project.relativize(out.resolve("results.json")));
        System.exit(0);
    }

    private static void editToPreview(Renderer renderer, Inputs inputs, String input, String pointer, double target,
                                      boolean quick, Results results) throws Exception {
        Path file = inputs.file(input);
        Document doc = new ResumeStore().load(file).document();
        EditToPreviewBench bench = new EditToPreviewBench(renderer);
        Timings t = bench.run(doc, file.toAbsolutePath().getParent(), pointer, quick ? 1 : 2, quick ? 2 : 6);
        results.add(Result.of("editToPreview", input, t, target, "p95",
                String.format(java.util.Locale.ROOT, "%d keystrokes at 150 ms, shown %d times", t.count(), bench.shownCount())));
    }

    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }
}
