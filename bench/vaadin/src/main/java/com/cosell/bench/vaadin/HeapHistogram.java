package com.cosell.bench.vaadin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of another JVM: {@code jcmd <pid> GC.class_histogram} runs a full GC first and then
 * counts every live object by class, so its total is the live heap after GC and its rows say what it
 * is made of.
 */
record HeapHistogram(long totalBytes, long totalInstances, Map<String, long[]> byClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        String out = jcmd(pid, "GC.class_histogram");
        Map<String, long[]> rows = new HashMap<>();
        long total = -1;
        long instances = -1;
        for (String line : out.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                rows.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                        new long[] {a[0] + b[0], a[1] + b[1]});
                continue;
            }
            Matcher t = TOTAL.matcher(line);
            if (t.find()) {
                instances = Long.parseLong(t.group(1));
                total = Long.parseLong(t.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("jcmd gave no histogram: " + out);
        }
        return new HeapHistogram(total, instances, rows);
    }

    /** The live heap after the second of two full GCs (the first may leave finalizable leftovers). */
    static HeapHistogram settled(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        return of(pid);
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Threads of the process now (native stacks are outside the heap, but each costs memory too). */
    static int threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        return -1;
    }

    /** Resident set size in KB. */
    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** Row of a histogram difference: bytes and instances per session. */
    record Growth(String className, double bytesPerSession, double instancesPerSession) {}

    /**
     * Growth per session grouped by where the objects come from: the package of the class (arrays
     * and JDK collections stay as their own rows, since the histogram cannot say who holds them).
     */
    Map<String, Double> growthByPackageSince(HeapHistogram before, int sessions) {
        Map<String, Double> byPackage = new java.util.TreeMap<>();
        for (var e : byClass.entrySet()) {
            long bytes = e.getValue()[1] - before.byClass.getOrDefault(e.getKey(), new long[2])[1];
            String name = e.getKey();
            String group;
            if (name.startsWith("[") || name.startsWith("java.") || name.startsWith("jdk.internal.vm")) {
                group = name.startsWith("[L")
                        ? "[L…; (object arrays)"
                        : name.startsWith("[")
                                ? name
                                : name.startsWith("java.lang.String")
                                        ? "java.lang.String"
                                        : "java.*/jdk (collections, boxes, …)";
            } else {
                String[] parts = name.split("\\.");
                group = String.join(".", Arrays.copyOf(parts, Math.min(parts.length - 1, 4)));
            }
            byPackage.merge(group, bytes / (double) sessions, Double::sum);
        }
        return byPackage;
    }

    /** The classes that grew most from {@code before} to this, per session. */
    List<Growth> growthSince(HeapHistogram before, int sessions, int top) {
        List<Growth> growth = new ArrayList<>();
        for (var e : byClass.entrySet()) {
            long[] was = before.byClass.getOrDefault(e.getKey(), new long[2]);
            long bytes = e.getValue()[1] - was[1];
            long count = e.getValue()[0] - was[0];
            if (bytes != 0) {
                growth.add(new Growth(e.getKey(), bytes / (double) sessions, count / (double) sessions));
            }
        }
        growth.sort(Comparator.comparingDouble(Growth::bytesPerSession).reversed());
        return growth.subList(0, Math.min(top, growth.size()));
    }
}
