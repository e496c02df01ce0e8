package com.cosell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's output: progress lines, one row per figure (printed as it is measured, so a run cut
 * short still shows what it got), and at the end the table and bench/target/bench-results.json.
 */
public final class Report {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Map<String, Object>> ROWS = Collections.synchronizedList(new ArrayList<>());

    private Report() {}

    /** A figure; the ratio Co-sell ÷ raw is added when both are numbers. */
    public static Map<String, Object> row(String section, String metric, Object cosell, Object raw, String target) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("section", section);
        r.put("metric", metric);
        r.put("cosell", cosell);
        r.put("raw", raw);
        if (cosell instanceof Double c && raw instanceof Double w && w > 0) {
            r.put("ratio", round(c / w));
        }
        if (cosell instanceof Repeated c && raw instanceof Repeated w && w.median() > 0) {
            r.put("ratio", round(c.median() / w.median()));
        }
        if (cosell instanceof Repeated c) {
            r.put("cosell", repeated(c));
            r.put("cosellText", c.toString());
        }
        if (raw instanceof Repeated w) {
            r.put("raw", repeated(w));
        }
        if (target != null) {
            r.put("target", target);
        }
        ROWS.add(r);
        System.out.printf(Locale.ROOT, "  %-28s %-52s %22s %22s%n", section, metric, cell(cosell), cell(raw));
        return r;
    }

    /** A repeated figure in the JSON: median, min, max, spread, and whether it is noisy. */
    private static Map<String, Object> repeated(Repeated f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", round(f.median()));
        m.put("min", round(f.min()));
        m.put("max", round(f.max()));
        m.put("spread", round(f.spread()));
        m.put("noisy", f.noisy());
        return m;
    }

    /** The rows so far, for figures derived from earlier ones. */
    public static List<Map<String, Object>> rows() {
        return new ArrayList<>(ROWS);
    }

    static void write(Map<String, String> opts, double seconds) throws Exception {
        StringBuilder sb = new StringBuilder();
        String line = "-".repeat(152) + "\n";
        sb.append("\nCo-sell bench (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MiB, embedded PostgreSQL 18, run ")
                .append(Math.round(seconds))
                .append(" s)\n")
                .append(line);
        sb.append(String.format(
                Locale.ROOT,
                "%-28s %-52s %22s %22s %8s  %s%n",
                "section",
                "metric",
                "Co-sell",
                "raw",
                "ratio",
                "target"));
        sb.append(line);
        for (Map<String, Object> r : rows()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-28s %-52s %22s %22s %8s  %s%n",
                    r.get("section"),
                    r.get("metric"),
                    cell(r.get("cosellText") != null ? r.get("cosellText") : r.get("cosell")),
                    cell(r.get("raw")),
                    r.get("ratio") == null ? "" : r.get("ratio"),
                    r.get("target") == null ? "" : r.get("target")));
        }
        sb.append(line);
        System.out.println(sb);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "maxHeapMiB",
                        Runtime.getRuntime().maxMemory() >> 20,
                        "java",
                        System.getProperty("java.version")));
        out.put("options", opts);
        out.put("seconds", round(seconds));
        out.put("results", rows());
        Path file = Path.of("target", "bench-results.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        System.out.println("figures written to " + file.toAbsolutePath());
    }

    /** A percentile of a histogram of microseconds, in milliseconds; 100 is the maximum. */
    public static double ms(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return Double.NaN;
        }
        long us = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
        return round(us / 1000.0);
    }

    /** A table cell: a repeated figure as "median (min–max)", nothing for null. */
    private static String cell(Object v) {
        if (v instanceof Map<?, ?> m && m.get("median") instanceof Double) {
            return new Repeated((Double) m.get("median"), (Double) m.get("min"), (Double) m.get("max")).toString();
        }
        return v == null ? "" : v.toString();
    }

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static void log(String s) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + s);
    }
}
