package com.cosell.bench.vaadin;

import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/** Commit → push latency to open Inbound tabs, beside the backend's own event frame (the raw baseline). */
final class PushLatency {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final Api api;
    private final Commits commits;
    private final long frontendPid;
    private final String targetId;
    private final ObjectNode results;
    private final List<String[]> table;
    private int nextValue = 1_000_000;

    /**
     * One run's percentiles (ms): the backend's frame, the push (to every tab) from the API write and
     * from the commit, and the pushes' spread.
     */
    record Run(
            int tabs,
            double rawP50,
            double rawP99,
            double pushP50,
            double pushP99,
            double commitP50,
            double commitP99,
            double watchingP50,
            double medianTabP50,
            int missed,
            Map<String, Double> cpuPerChange,
            GcWindow gc) {}

    PushLatency(Api api, Commits commits, long frontendPid, String targetId, ObjectNode results, List<String[]> table) {
        this.api = api;
        this.commits = commits;
        this.frontendPid = frontendPid;
        this.targetId = targetId;
        this.results = results;
        this.table = table;
    }

    /**
     * bob changes the deal value of an accepted referral listed in every watching tab; measures, from
     * the moment the PATCH is sent, when the API answered (the commit is before it), when the backend's
     * event frame arrived at a raw subscriber, and when each tab's push message carrying the new value
     * arrived (on loopback: when it left the frontend server, within a fraction of a millisecond); and
     * the same pushes from the commit, as a LISTEN heard it ({@link Commits}).
     */
    Run measure(String label, List<VaadinClient> tabs, int changes, boolean single) throws Exception {
        Map<String, Long> rawArrival = new ConcurrentHashMap<>();
        Map<String, Long> rawSeq = new ConcurrentHashMap<>();
        WebSocket raw = api.events("bob", (nanos, text) -> {
            if (text.contains(targetId)) {
                String compact = text.replace(" ", ""); // the changes are PostgreSQL's jsonb text: "to": 1
                for (String needle : new ArrayList<>(rawArrival.keySet())) {
                    if (rawArrival.get(needle) == 0L && compact.contains(needle)) {
                        rawArrival.put(needle, nanos);
                        Matcher seq = SEQ.matcher(compact);
                        if (seq.find()) {
                            rawSeq.put(needle, Long.parseLong(seq.group(1)));
                        }
                    }
                }
            }
        });
        Thread.sleep(1000);
        CpuBudget quiet = CpuBudget.start();
        Thread.sleep(3000); // what the processes use with the tabs open and nothing changing
        Map<String, Double> idlePerSecond = quiet.perSecond();
        double[] api = new double[changes];
        double[] rawMs = new double[changes];
        double[] firstTab = new double[changes];
        double[] allTabs = new double[changes];
        double[] medianTab = new double[changes];
        double[] fromCommit = new double[changes];
        int missed = 0;
        CpuBudget cpu = CpuBudget.start();
        GcWindow gcAtStart = GcWindow.of(frontendPid);
        for (int i = 0; i < changes; i++) {
            int value = nextValue++;
            String rawNeedle = "\"to\":" + value;
            String pushNeedle = String.format(Locale.US, "%,d", value);
            rawArrival.put(rawNeedle, 0L);
            long[] arrivals = new long[tabs.size()];
            CountDownLatch all = new CountDownLatch(tabs.size());
            for (int t = 0; t < tabs.size(); t++) {
                int index = t;
                tabs.get(t).onPush(m -> {
                    if (arrivals[index] == 0 && m.text().contains(pushNeedle)) {
                        arrivals[index] = m.nanos();
                        all.countDown();
                    }
                });
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = this.api.patch(
                    "bob",
                    targetId,
                    "[{\"op\": \"replace\", \"path\": \"/details/dealValue\", \"value\": " + value + "}]");
            long t1 = System.nanoTime();
            if (r.statusCode() != 204) {
                throw new IllegalStateException("PATCH answered " + r.statusCode() + ": " + r.body());
            }
            if (!all.await(VaadinBench.PUSH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                missed++;
            }
            long rawAt = rawArrival.remove(rawNeedle);
            Long seq = rawSeq.remove(rawNeedle);
            long committed = seq == null ? 0L : commits.committed(seq, t0);
            api[i] = Figures.ms(t1 - t0);
            rawMs[i] = rawAt == 0 ? Double.NaN : Figures.ms(rawAt - t0);
            long[] got = Arrays.stream(arrivals).filter(a -> a != 0).sorted().toArray();
            firstTab[i] = arrivals[0] == 0 ? Double.NaN : Figures.ms(arrivals[0] - t0);
            allTabs[i] = got.length < tabs.size() ? Double.NaN : Figures.ms(got[got.length - 1] - t0);
            medianTab[i] = got.length == 0 ? Double.NaN : Figures.ms(got[got.length / 2] - t0);
            long lastPush = single ? arrivals[0] : got.length < tabs.size() ? 0L : got[got.length - 1];
            fromCommit[i] = committed == 0 || lastPush == 0 ? Double.NaN : Figures.ms(lastPush - committed);
            Thread.sleep(400); // past the view's 200 ms coalescing window, so each change is pushed on its own
        }
        Map<String, Double> cpuPerChange = cpu.perChange(changes, idlePerSecond);
        GcWindow gc = GcWindow.of(frontendPid).since(gcAtStart);
        raw.abort();
        tabs.forEach(t -> t.onPush(m -> {}));
        ObjectNode l = results.withObject("/latency")
                .withArray(single ? "oneTab" : "allTabs")
                .addObject();
        l.put("run", label); // the warm-up's runs are listed too, named so
        l.put("tabs", tabs.size());
        l.put("changes", changes);
        l.put("changesWithAMissingPush", missed);
        Figures.put(l, "apiAnswerMs", api);
        Figures.put(l, "backendFrameMs", rawMs);
        Figures.put(l, single ? "pushMs" : "pushToTheWatchingTabMs", firstTab);
        Figures.put(l, single ? "commitToPushMs" : "commitToPushToAllTabsMs", fromCommit);
        cpuPerChange.forEach(l.putObject("cpuMsPerChange")::put);
        l.putPOJO("frontendGc", gc);
        if (!single) {
            Figures.put(l, "pushMedianTabMs", medianTab);
            Figures.put(l, "pushToAllTabsMs", allTabs);
        }
        double[] raw50 = Figures.pct(rawMs);
        double[] push50 = Figures.pct(single ? firstTab : allTabs);
        double[] commit50 = Figures.pct(fromCommit);
        System.out.printf(
                "  %s: %d changes (missed %d); PATCH answered p50 %.1f ms; backend frame p50/p99 %.1f/%.1f ms;"
                        + " push p50/p99 %.1f/%.1f ms; from the commit %.1f/%.1f ms%n",
                label,
                changes,
                missed,
                Figures.pct(api)[0],
                raw50[0],
                raw50[1],
                push50[0],
                push50[1],
                commit50[0],
                commit50[1]);
        return new Run(
                tabs.size(),
                raw50[0],
                raw50[1],
                push50[0],
                push50[1],
                commit50[0],
                commit50[1],
                Figures.pct(firstTab)[0],
                Figures.pct(medianTab)[0],
                missed,
                cpuPerChange,
                gc);
    }

    /** The table's rows for repeated runs of one case: medians of the runs' percentiles, (min–max). */
    void report(List<Run> runs, boolean single) {
        Figures.Spread push50 = spread(runs, Run::pushP50);
        Figures.Spread push99 = spread(runs, Run::pushP99);
        Figures.Spread commit99 = spread(runs, Run::commitP99);
        int missed = runs.stream().mapToInt(Run::missed).sum();
        String tabs =
                single ? ", one Inbound tab" : " to all " + runs.getFirst().tabs() + " Inbound tabs";
        table.add(new String[] {
            "API write → push" + tabs + " p50 / p99 (" + runs.size() + " runs"
                    + (missed > 0 ? ", " + missed + " pushes missing" : "") + ")",
            push50.ms() + " / " + push99.ms() + " ms",
            spread(runs, Run::rawP50).ms() + " / " + spread(runs, Run::rawP99).ms() + " ms (backend frame)",
            "—",
            ""
        });
        // The target is on the commit: the API write's own time before it is not the push's.
        table.add(new String[] {
            "commit → push" + tabs + " p50 / p99",
            spread(runs, Run::commitP50).ms() + " / " + commit99.ms() + " ms",
            "",
            single ? "—" : "p99 ≤ 100 ms",
            single ? "" : commit99.median() <= 100 && missed == 0 ? "met" : "missed"
        });
        if (!single) {
            table.add(new String[] {
                "  to the watching tab / the median tab p50",
                spread(runs, Run::watchingP50).ms() + " / "
                        + spread(runs, Run::medianTabP50).ms() + " ms",
                "",
                "",
                ""
            });
        }
        cpuRow(runs);
        gcRow(runs);
    }

    /** How often the frontend's collector stopped it over the changes, and the heap it had committed. */
    private void gcRow(List<Run> runs) {
        table.add(new String[] {
            "  the frontend's GC over the changes: young pauses; pauses of concurrent cycles; heap committed",
            spread(runs, r -> r.gc().youngPauses()).number() + " ("
                    + spread(runs, r -> r.gc().youngPauseMs()).ms()
                    + " ms); " + spread(runs, r -> r.gc().concurrentPauses()).number() + " ("
                    + spread(runs, r -> r.gc().concurrentPauseMs()).ms() + " ms); "
                    + spread(runs, r -> r.gc().heapMb()).number() + " MB",
            "",
            "",
            ""
        });
    }

    /**
     * What a change cost each process's CPU (ms: its use over the changes' window less its idle use
     * over as long), and the total over two cores.
     */
    private void cpuRow(List<Run> runs) {
        StringBuilder parts = new StringBuilder();
        double total = 0;
        for (String part : CpuBudget.PARTS) {
            Figures.Spread s = spread(runs, r -> r.cpuPerChange().get(part));
            total += s.median();
            parts.append(parts.isEmpty() ? "" : "; ").append(part).append(' ').append(s.ms());
        }
        table.add(new String[] {
            "  CPU per change: " + parts,
            String.format(Locale.US, "%.0f ms in all, %.0f ms of two cores", total, total / 2),
            "",
            "",
            ""
        });
    }

    private static Figures.Spread spread(List<Run> runs, ToDoubleFunction<Run> figure) {
        return Figures.Spread.of(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }
}
