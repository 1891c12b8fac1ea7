package org.popcheck.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Small helpers for benchmarks: medians and a uniform way to print a figure. */
final class Figures {

    private Figures() {}

    static double median(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One line per figure, easy to grep: {@code BENCH name = value unit}. */
    static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %-48s %12.2f %s", name, value, unit));
    }

    /** Times a piece of work in milliseconds. */
    static double millis(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }
}
