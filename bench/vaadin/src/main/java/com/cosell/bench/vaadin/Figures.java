package com.cosell.bench.vaadin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How the bench states its figures: percentiles, units, the JSON results and the console table. */
final class Figures {

    private Figures() {}

    /**
     * One figure over repeated runs: the median, and the spread ((max − min) ÷ median) marked "!" over
     * 20 %, as the main bench states its figures (com.cosell.bench.Repeated, in a module this one does
     * not depend on).
     */
    record Spread(double median, double min, double max) {

        static Spread of(List<Double> runs) {
            List<Double> v =
                    runs.stream().filter(d -> !Double.isNaN(d)).sorted().toList();
            if (v.isEmpty()) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN);
            }
            int n = v.size();
            double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
            return new Spread(median, v.getFirst(), v.getLast());
        }

        boolean noisy() {
            return median != 0 && (max - min) / median > 0.20;
        }

        String kb() {
            return String.format(Locale.US, "%.0f KB (%.0f–%.0f)%s", median / 1024, min / 1024, max / 1024, mark());
        }

        String ms() {
            return number();
        }

        /** Whole units (counts, megabytes): the median, (min–max), and "!" if noisy. */
        String number() {
            return String.format(Locale.US, "%.0f (%.0f–%.0f)%s", median, min, max, mark());
        }

        String plain() {
            return String.format(Locale.US, "%.2f (%.2f–%.2f)", median, min, max);
        }

        private String mark() {
            return noisy() ? " !" : "";
        }

        void put(ObjectNode into) {
            into.put("median", median);
            into.put("min", min);
            into.put("max", max);
            into.put("noisy", noisy());
        }
    }

    static void histogram(ArrayNode into, List<HeapHistogram.Growth> growth, String what) {
        System.out.println("\nWhat the " + what + " hold, per session (jcmd GC.class_histogram difference):");
        for (HeapHistogram.Growth g : growth) {
            System.out.printf(
                    "  %10.0f B  %8.1f objects  %s%n", g.bytesPerSession(), g.instancesPerSession(), g.className());
            ObjectNode row = into.addObject();
            row.put("class", g.className());
            row.put("bytesPerSession", Math.round(g.bytesPerSession()));
            row.put("instancesPerSession", Math.round(g.instancesPerSession() * 10) / 10.0);
        }
    }

    static void printTable(List<String[]> table) {
        String[] head = {"figure", "Co-sell", "raw", "target", ""};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        rows.addAll(table);
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        System.out.println();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < r.length; i++) {
                line.append(' ')
                        .append(String.format("%-" + Math.max(1, width[i]) + "s", r[i])) // a column may be all empty
                        .append(" |");
            }
            System.out.println(line);
            if (r == head) {
                StringBuilder sep = new StringBuilder("|");
                IntStream.range(0, head.length)
                        .forEach(i -> sep.append("-".repeat(width[i] + 2)).append('|'));
                System.out.println(sep);
            }
        }
    }

    static void put(ObjectNode into, String name, double[] values) {
        double[] p = pct(values);
        ObjectNode o = into.putObject(name);
        o.put("p50", p[0]);
        o.put("p99", p[1]);
        o.put("max", p[2]);
    }

    /** p50, p99 and max of the measured values (NaN = not measured, left out). */
    static double[] pct(double[] values) {
        double[] v =
                Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {
            v[(int) Math.ceil(0.50 * v.length) - 1], v[(int) Math.ceil(0.99 * v.length) - 1], v[v.length - 1]
        };
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String ms(double[] p) {
        return String.format(Locale.US, "%.0f / %.0f ms", p[0], p[1]);
    }

    static String kb(double bytes) {
        return String.format(Locale.US, "%.0f KB", bytes / 1024);
    }
}
