package com.cosell.bench.vaadin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the frontend's garbage collector did over a window, from the JVM's own counters as {@code jstat
 * -gc} reads them (no attach, no pause): its young pauses, the pauses of its concurrent cycles (G1's
 * remark and cleanup, two a marking) and the heap it had committed. A push that waits for a pause is
 * late by as long, so the pushes' tail follows how often the collector stops the frontend.
 */
record GcWindow(long youngPauses, double youngPauseMs, long concurrentPauses, double concurrentPauseMs, double heapMb) {

    /** The counters now; {@link #since} gives the window's difference. */
    static GcWindow of(long pid) throws IOException, InterruptedException {
        Map<String, Double> c = jstat(pid);
        return new GcWindow(
                c.get("YGC").longValue(),
                c.get("YGCT") * 1000,
                c.get("CGC").longValue(),
                c.get("CGCT") * 1000,
                (c.get("S0C") + c.get("S1C") + c.get("EC") + c.get("OC")) / 1024);
    }

    /** The pauses since {@code start}, with the heap committed at the window's end. */
    GcWindow since(GcWindow start) {
        return new GcWindow(
                youngPauses - start.youngPauses,
                youngPauseMs - start.youngPauseMs,
                concurrentPauses - start.concurrentPauses,
                concurrentPauseMs - start.concurrentPauseMs,
                heapMb);
    }

    /** jstat's header names each column: S0C … OC in KB, YGC a count, YGCT in seconds. */
    private static Map<String, Double> jstat(long pid) throws IOException, InterruptedException {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        Process p = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(pid))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jstat -gc " + pid + " failed: " + out);
        }
        String[] lines = out.strip().split("\n");
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        Map<String, Double> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i], values[i].equals("-") ? 0.0 : Double.parseDouble(values[i]));
        }
        return columns;
    }
}
