package com.cosell.bench.vaadin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time each process of the machine's share of a push used over a window, read from the
 * kernel's accounting (utime + stime, {@link ProcessHandle.Info#totalCpuDuration}): the frontend, the
 * backend, PostgreSQL (all its processes), Keycloak, and this bench's JVM, whose WebSocket clients
 * read the pushes. Less what each uses when nothing changes (hundreds of open sessions are not free),
 * and divided by the changes pushed, it says what one change costs the two cores.
 */
final class CpuBudget {

    static final String[] PARTS = {"frontend", "backend", "postgres", "keycloak", "bench clients", "other"};

    private final Map<String, Long> start;
    private final long startNanos = System.nanoTime();

    private CpuBudget(Map<String, Long> start) {
        this.start = start;
    }

    static CpuBudget start() {
        return new CpuBudget(now());
    }

    /** Each part's CPU milliseconds a second since {@link #start}: with nothing changing, its idle use. */
    Map<String, Double> perSecond() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> end = now();
        Map<String, Double> per = new LinkedHashMap<>();
        for (String part : PARTS) {
            per.put(part, (end.get(part) - start.get(part)) / 1e6 / seconds);
        }
        return per;
    }

    /** Each part's CPU milliseconds since {@link #start}, less its idle use over as long, per change. */
    Map<String, Double> perChange(int changes, Map<String, Double> idlePerSecond) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> used = perSecond();
        Map<String, Double> per = new LinkedHashMap<>();
        for (String part : PARTS) {
            per.put(part, (used.get(part) - idlePerSecond.get(part)) * seconds / changes);
        }
        return per;
    }

    private static Map<String, Long> now() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String part : PARTS) {
            nanos.put(part, 0L);
        }
        nanos.merge("bench clients", cpu(ProcessHandle.current()), Long::sum);
        try (Stream<ProcessHandle> children = ProcessHandle.current().descendants()) {
            children.forEach(p -> nanos.merge(part(p), cpu(p), Long::sum));
        }
        return nanos;
    }

    private static String part(ProcessHandle p) {
        String command = p.info().commandLine().orElse(p.info().command().orElse(""));
        if (command.contains("cosell-frontend")) {
            return "frontend";
        }
        if (command.contains("cosell-backend")) {
            return "backend";
        }
        if (command.contains("postgres")) {
            return "postgres";
        }
        return command.contains("keycloak") || command.contains("quarkus") ? "keycloak" : "other";
    }

    private static long cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
