package dev.vitae.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, in milliseconds, summarised as the median, p95 and maximum. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    void addNanos(long nanos) {
        add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return millis.isEmpty() ? Double.NaN : Collections.max(millis);
    }

    List<Double> values() {
        return List.copyOf(millis);
    }

    /** Nearest-rank percentile: the smallest measurement at or above {@code p} percent of all. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
