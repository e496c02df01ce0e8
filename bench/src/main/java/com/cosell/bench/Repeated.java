package com.cosell.bench;

import java.util.List;
import java.util.Locale;

/**
 * One figure measured in several runs: its median and its spread ((max − min) ÷ median). The median
 * is the figure quoted; a spread over {@link #NOISY} means the machine moved under the runs, and the
 * row says so rather than passing a noisy number for a steady one.
 */
public record Repeated(double median, double min, double max) {

    public static final double NOISY = 0.20;

    public static Repeated of(List<Double> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<Double> sorted = runs.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Repeated(median, sorted.getFirst(), sorted.getLast());
    }

    public double spread() {
        return median == 0 ? 0 : (max - min) / median;
    }

    public boolean noisy() {
        return spread() > NOISY;
    }

    /** "12.3 (11.9–13.0)", and "!" when noisy: the table's cell. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s–%s)%s", num(median), num(min), num(max), noisy() ? " !" : "");
    }

    private static String num(double v) {
        return v >= 100 ? String.valueOf(Math.round(v)) : String.valueOf(Report.round(v));
    }
}
