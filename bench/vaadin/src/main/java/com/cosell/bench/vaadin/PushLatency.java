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
import tools.jackson.databind.node.ObjectNode;

/** Commit → push latency to open Inbound tabs, beside the backend's own event frame (the raw baseline). */
final class PushLatency {

    private final Api api;
    private final String targetId;
    private final ObjectNode results;
    private final List<String[]> table;
    private int nextValue = 1_000_000;

    PushLatency(Api api, String targetId, ObjectNode results, List<String[]> table) {
        this.api = api;
        this.targetId = targetId;
        this.results = results;
        this.table = table;
    }

    /**
     * bob changes the deal value of an accepted referral listed in every watching tab; measures, from
     * the moment the PATCH is sent, when the API answered (the commit is before it), when the backend's
     * event frame arrived at a raw subscriber, and when each tab's push message carrying the new value
     * arrived (on loopback: when it left the frontend server, within a fraction of a millisecond).
     */
    void measure(String label, List<VaadinClient> tabs, int changes, boolean single) throws Exception {
        Map<String, Long> rawArrival = new ConcurrentHashMap<>();
        WebSocket raw = api.events("bob", (nanos, text) -> {
            if (text.contains(targetId)) {
                String compact = text.replace(" ", ""); // the changes are PostgreSQL's jsonb text: "to": 1
                for (String needle : new ArrayList<>(rawArrival.keySet())) {
                    if (rawArrival.get(needle) == 0L && compact.contains(needle)) {
                        rawArrival.put(needle, nanos);
                    }
                }
            }
        });
        Thread.sleep(1000);
        double[] api = new double[changes];
        double[] rawMs = new double[changes];
        double[] firstTab = new double[changes];
        double[] allTabs = new double[changes];
        double[] medianTab = new double[changes];
        int missed = 0;
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
            api[i] = Figures.ms(t1 - t0);
            rawMs[i] = rawAt == 0 ? Double.NaN : Figures.ms(rawAt - t0);
            long[] got = Arrays.stream(arrivals).filter(a -> a != 0).sorted().toArray();
            firstTab[i] = arrivals[0] == 0 ? Double.NaN : Figures.ms(arrivals[0] - t0);
            allTabs[i] = got.length < tabs.size() ? Double.NaN : Figures.ms(got[got.length - 1] - t0);
            medianTab[i] = got.length == 0 ? Double.NaN : Figures.ms(got[got.length / 2] - t0);
            Thread.sleep(400); // past the view's 200 ms coalescing window, so each change is pushed on its own
        }
        raw.abort();
        tabs.forEach(t -> t.onPush(m -> {}));
        ObjectNode l = results.withObject("/latency").putObject(single ? "oneTab" : "allTabs");
        l.put("tabs", tabs.size());
        l.put("changes", changes);
        l.put("changesWithAMissingPush", missed);
        Figures.put(l, "apiAnswerMs", api);
        Figures.put(l, "backendFrameMs", rawMs);
        Figures.put(l, single ? "pushMs" : "pushToTheWatchingTabMs", firstTab);
        if (!single) {
            Figures.put(l, "pushMedianTabMs", medianTab);
            Figures.put(l, "pushToAllTabsMs", allTabs);
        }
        double[] raw50 = Figures.pct(rawMs);
        double[] push50 = Figures.pct(single ? firstTab : allTabs);
        System.out.printf(
                "  %s: %d changes (missed %d); PATCH answered p50 %.1f ms; backend frame p50/p99 %.1f/%.1f ms;"
                        + " push p50/p99 %.1f/%.1f ms%n",
                label, changes, missed, Figures.pct(api)[0], raw50[0], raw50[1], push50[0], push50[1]);
        table.add(new String[] {
            "API write → push" + (single ? ", one Inbound tab" : " to all " + tabs.size() + " Inbound tabs")
                    + " p50 / p99",
            Figures.ms(push50),
            Figures.ms(raw50) + " (backend frame)",
            "—",
            ""
        });
        if (!single) {
            table.add(new String[] {
                "  to the watching tab / the median tab p50",
                String.format(Locale.US, "%.0f / %.0f ms", Figures.pct(firstTab)[0], Figures.pct(medianTab)[0]),
                "",
                "",
                ""
            });
        }
    }
}
