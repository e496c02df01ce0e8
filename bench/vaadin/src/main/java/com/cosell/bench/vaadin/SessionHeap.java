package com.cosell.bench.vaadin;

import com.cosell.bench.vaadin.OpenSessions.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The heap per session, measured in repeated runs: each run opens three groups of N fresh sessions
 * (signed in without a UI; an empty Vaadin UI with push, the raw baseline; the Inbound tab) and
 * measures the frontend's live heap after each group. The sessions of earlier runs stay open, so a
 * run measures what N more sessions cost on top of them.
 */
final class SessionHeap {

    static final long TARGET_BYTES = 250 * 1024;
    static final List<String> GROUPS = List.of("http", "empty", "inbound");

    private record Run(double http, double empty, double inbound, int inboundThreads, int emptyThreads) {}

    private final OpenSessions open;
    private final int sessions;
    private final ObjectNode results;
    private final List<String[]> table;
    private final List<Run> runs = new ArrayList<>();
    private HeapHistogram last;

    SessionHeap(OpenSessions open, int sessions, ObjectNode results, List<String[]> table) {
        this.open = open;
        this.sessions = sessions;
        this.results = results;
        this.table = table;
    }

    /** The users the runs sign in: bench-{group}{run}-{i}, and bench-{group}w-{i} for the warm-up. */
    static List<String> users(int sessions, int warmup, int repeats) {
        List<String> users = new ArrayList<>();
        for (String group : GROUPS) {
            for (int i = 0; i < warmup; i++) {
                users.add("bench-" + group + "w-" + i);
            }
            for (int run = 1; run <= repeats; run++) {
                for (int i = 0; i < sessions; i++) {
                    users.add("bench-" + group + run + "-" + i);
                }
            }
        }
        return users;
    }

    /** A few sessions of each kind first, so that no run pays for the first session's classes and caches. */
    void warmUp(ExecutorService pool, int warmup) throws Exception {
        System.out.printf("Warm-up: %d sessions of each kind ...%n", warmup);
        open.create(pool, "httpw", 0, warmup, Kind.SIGNED_IN);
        open.create(pool, "emptyw", 0, warmup, Kind.EMPTY_UI);
        open.create(pool, "inboundw", 0, warmup, Kind.INBOUND);
        Thread.sleep(3000);
        last = open.measure();
    }

    void measure(ExecutorService pool, int run) throws Exception {
        System.out.printf("Heap, run %d:%n", run);
        HeapHistogram h0 = last;
        HeapHistogram h1 = open.group(
                pool,
                "http" + run,
                0,
                Kind.SIGNED_IN,
                h0,
                "signed-in HTTP session, no UI (Spring Security + OIDC tokens)");
        HeapHistogram h2 = open.group(
                pool, "empty" + run, 0, Kind.EMPTY_UI, h1, "signed-in session + empty Vaadin UI with push (raw)");
        HeapHistogram h3 = open.group(
                pool,
                "inbound" + run,
                0,
                Kind.INBOUND,
                h2,
                "signed-in session + Inbound tab (layout, grid of 25 rows, live stream) with push");
        ObjectNode groups = results.withObject("/groups");
        runs.add(new Run(
                perSession(h0, h1),
                perSession(h1, h2),
                perSession(h2, h3),
                groups.path("inbound" + run).path("threadsAdded").asInt(),
                groups.path("empty" + run).path("threadsAdded").asInt()));
        if (runs.size() == 1) {
            histograms(h0, h1, h2, h3); // what a session holds: the first run's, before others pile up
        }
        last = h3;
    }

    private double perSession(HeapHistogram before, HeapHistogram after) {
        return (after.totalBytes() - before.totalBytes()) / (double) sessions;
    }

    /** The table's rows and the JSON: each figure's median of the runs with its (min–max). */
    void report() {
        Figures.Spread inbound =
                Figures.Spread.of(runs.stream().map(Run::inbound).toList());
        Figures.Spread empty = Figures.Spread.of(runs.stream().map(Run::empty).toList());
        Figures.Spread http = Figures.Spread.of(runs.stream().map(Run::http).toList());
        Figures.Spread view = Figures.Spread.of(
                runs.stream().map(r -> r.inbound() - r.empty()).toList());
        table.add(new String[] {
            "heap per signed-in session, Inbound tab open (N=" + sessions + ", " + runs.size() + " runs)",
            inbound.kb(),
            empty.kb() + " (empty UI)",
            "≤ 250 KB",
            inbound.median() <= TARGET_BYTES ? "met" : "missed"
        });
        table.add(new String[] {"  of which the Inbound view over an empty UI", view.kb(), "—", "", ""});
        table.add(new String[] {"heap per signed-in HTTP session without a UI", http.kb(), "—", "", ""});
        table.add(new String[] {
            "threads per session (Inbound / empty UI)",
            Figures.Spread.of(runs.stream()
                            .map(r -> r.inboundThreads() / (double) sessions)
                            .toList())
                    .plain(),
            Figures.Spread.of(runs.stream()
                            .map(r -> r.emptyThreads() / (double) sessions)
                            .toList())
                    .plain(),
            "",
            ""
        });
        ObjectNode heap = results.withObject("/heap");
        heap.put("sessions", sessions);
        heap.put("runs", runs.size());
        inbound.put(heap.putObject("inboundBytesPerSession"));
        empty.put(heap.putObject("emptyUiBytesPerSession"));
        http.put(heap.putObject("signedInNoUiBytesPerSession"));
        heap.put("targetBytesPerSession", TARGET_BYTES);
        heap.put("met", inbound.median() <= TARGET_BYTES);
    }

    private void histograms(HeapHistogram h0, HeapHistogram h1, HeapHistogram h2, HeapHistogram h3) {
        ObjectNode heap = results.withObject("/heap");
        Figures.histogram(heap.putArray("inboundGrowthByClass"), h3.growthSince(h2, sessions, 30), "Inbound sessions");
        ObjectNode byPackage = heap.putObject("inboundGrowthByPackage");
        System.out.println("\nThe Inbound sessions' growth by package, per session:");
        h3.growthByPackageSince(h2, sessions).entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) >= 512)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> {
                    System.out.printf("  %10.0f B  %s%n", e.getValue(), e.getKey());
                    byPackage.put(e.getKey(), Math.round(e.getValue()));
                });
        ArrayNode emptyUi = heap.putArray("emptyUiGrowthByClass");
        Figures.histogram(emptyUi, h2.growthSince(h1, sessions, 15), "empty-UI sessions");
        Figures.histogram(
                heap.putArray("signedInGrowthByClass"),
                h1.growthSince(h0, sessions, 10),
                "signed-in sessions without a UI");
    }
}
