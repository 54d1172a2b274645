package dev.vitae.bench;

import java.util.List;

/**
 * One figure of the benchmark.
 *
 * @param name   e.g. {@code render.pdf}
 * @param input  what it was measured on: {@code sample} (one page) or {@code cv10} (the ten-page CV), or a note
 * @param unit   {@code ms} or {@code MB}
 * @param target the goal for the figure in its unit, compared with {@link #targetOn}, or NaN for none
 * @param targetOn which statistic the target applies to: {@code p95}, {@code median}, {@code max} or {@code peak}
 * @param values every measurement, in order
 */
record Result(String name, String input, String unit, int count, double median, double p95, double max,
              double target, String targetOn, String note, List<Double> values) {

    Result {
        values = List.copyOf(values);
    }

    static Result of(String name, String input, Timings t, double target, String targetOn, String note) {
        return new Result(name, input, "ms", t.count(), t.median(), t.p95(), t.max(), target, targetOn, note, t.values());
    }

    static Result memory(String name, String input, double peakMb, double target, String note, List<Double> samples) {
        return new Result(name, input, "MB", samples.size(), Double.NaN, Double.NaN, peakMb, target, "peak", note, samples);
    }

    boolean hasTarget() {
        return !Double.isNaN(target);
    }

    double targeted() {
        return switch (targetOn) {
            case "median" -> median;
            case "p95" -> p95;
            default -> max;
        };
    }

    boolean met() {
        return hasTarget() && targeted() <= target;
    }
}
