package dev.vitae.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every figure of one benchmark run with the conditions it ran in (cores, load average at the time of each
 * figure, JVM), written as {@code results.json} and printed as a table. Numbers are reported, never judged
 * by a test: the "met" column only compares them with the targets of issue 7.
 */
final class Results {

    private record Entry(Result result, double load) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final double loadAtStart = Machine.loadAverage();
    private final double referenceSortMs = Machine.referenceSortMs();
    private final Instant started = Instant.now();

    void add(Result result) {
        entries.add(new Entry(result, Machine.loadAverage()));
        System.out.println(row(result));
    }

    void write(Path json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", Machine.totalMemoryMb());
        machine.put("cpu", Machine.cpuModel());
        machine.put("referenceSortMs", referenceSortMs);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("commit", Machine.gitCommit());
        ArrayNode figures = root.putArray("figures");
        for (Entry e : entries) {
            Result r = e.result();
            ObjectNode f = figures.addObject();
            f.put("name", r.name());
            f.put("input", r.input());
            f.put("unit", r.unit());
            f.put("count", r.count());
            putNumber(f, "median", r.median());
            putNumber(f, "p95", r.p95());
            putNumber(f, "max", r.max());
            if (r.hasTarget()) {
                f.put("target", r.target());
                f.put("targetOn", r.targetOn());
                f.put("met", r.met());
            }
            f.put("loadAverage", e.load());
            if (r.note() != null) {
                f.put("note", r.note());
            }
            ArrayNode values = f.putArray("values");
            r.values().forEach(v -> values.add(Math.round(v * 10) / 10.0));
        }
        Files.createDirectories(json.getParent());
        mapper.writeValue(json.toFile(), root);
    }

    private static void putNumber(ObjectNode f, String key, double v) {
        if (!Double.isNaN(v)) {
            f.put(key, Math.round(v * 10) / 10.0);
        }
    }

    void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Vitae benchmark — %d cores (%s, reference sort %.1f ms), load average %.2f at start, %.2f at end%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), referenceSortMs, loadAtStart, Machine.loadAverage());
        out.println(header());
        entries.forEach(e -> out.println(row(e.result())));
    }

    static String header() {
        return String.format(Locale.ROOT, "%-18s %-7s %4s %8s %8s %9s %12s %4s  %s", "figure", "input", "n", "median",
                "p95", "max", "target", "met", "how");
    }

    static String row(Result r) {
        String target = r.hasTarget() ? String.format(Locale.ROOT, "%s≤%s", r.targetOn(), number(r.target())) : "";
        String met = r.hasTarget() ? (r.met() ? "yes" : "NO") : "";
        return String.format(Locale.ROOT, "%-18s %-7s %4d %8s %8s %9s %12s %4s  %s", r.name(), r.input(), r.count(),
                number(r.median()), number(r.p95()), number(r.max()) + (r.unit().equals("MB") ? " MB" : ""), target, met,
                r.note() == null ? "" : r.note());
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
