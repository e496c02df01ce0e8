package com.cosell.bench.vaadin;

import com.cosell.bench.vaadin.OpenSessions.Kind;
import com.cosell.devstack.LocalStack;
import com.cosell.devstack.StackSettings;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7, item 5: retained heap per signed-in Vaadin session with the Inbound tab open, and the time
 * from a committed change to the push message, each beside a raw baseline. See the README section
 * "Performance" and bench/vaadin/pom.xml.
 *
 * <p>Options (key=value): sessions=200 changes=100 loadChanges=20 referrals=50 concurrency=4 warmup=5
 */
public final class VaadinBench {

    static final Duration PUSH_TIMEOUT = Duration.ofSeconds(20);
    private static final long TARGET_BYTES = 250 * 1024;

    private final Map<String, String> options;
    private final int sessions;
    private final ObjectNode results = VaadinClient.JSON.createObjectNode();
    private final List<String[]> table = new ArrayList<>();
    private LocalStack stack;
    private Api api;
    private String targetId;
    private PushLatency push;
    private OpenSessions open;

    private VaadinBench(Map<String, String> options) {
        this.options = options;
        this.sessions = Integer.parseInt(options.getOrDefault("sessions", "200"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            for (String part : a.trim().split("\\s+")) {
                if (part.contains("=")) {
                    options.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
        VaadinBench bench = new VaadinBench(options);
        try {
            bench.run();
        } finally {
            bench.shutdown();
        }
        System.exit(0);
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        Path repo = Path.of("../..").toAbsolutePath().normalize();
        StackSettings settings = StackSettings.throwAway(repo, "cosell-bench-vaadin-", "P14D", "PT1H");
        results.put("date", Instant.now().toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode opts = results.putObject("options");
        options.forEach(opts::put);
        System.out.println("Starting the local stack (PostgreSQL, Keycloak, backend and frontend jars) in "
                + settings.dataDir() + " ...");
        stack = LocalStack.start(settings, System.out);
        long frontendPid = childWith("cosell-frontend-exec.jar");
        System.out.println("Frontend pid " + frontendPid
                + " (its JVM: -Xmx768m -XX:TieredStopAtLevel=1, as ./cosell run starts it)");
        api = new Api(settings);
        open = new OpenSessions(URI.create(settings.frontendUrl()), frontendPid, sessions, results);

        int referrals = option("referrals", 50);
        int warmup = option("warmup", 5);
        System.out.printf(
                "Seeding: %d referrals from mia to contoso, %d Keycloak users ...%n",
                referrals, 3 * sessions + warmup * 3 + 1);
        for (int i = 0; i < referrals; i++) {
            api.sendReferral("Bench referral " + i);
        }
        String target = "Bench live target";
        api.sendReferral(target);
        targetId = api.incomingCopy(target);
        push = new PushLatency(api, targetId, results, table);
        HttpResponse<String> accepted = api.patch("bob", targetId, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-BENCH"}]""");
        if (accepted.statusCode() != 204) {
            throw new IllegalStateException(
                    "bob could not accept the target referral: " + accepted.statusCode() + " " + accepted.body());
        }
        List<String> users = new ArrayList<>();
        for (String group : List.of("http", "empty", "inbound")) {
            for (int i = 0; i < sessions + warmup; i++) {
                users.add("bench-" + group + "-" + i);
            }
        }
        users.add("bench-watch-0");
        api.createUsers(users);

        // --- Phase A: commit → push with one watching session, beside the backend's own stream --------
        System.out.println("Warm-up and latency with one open Inbound tab ...");
        VaadinClient watcher = open.inbound("bench-watch-0");
        int changes = option("changes", 100);
        load("latency-1");
        push.measure("one Inbound tab open", List.of(watcher), changes, true);

        // --- Phase B: heap per session -----------------------------------------------------------------
        ExecutorService pool = Executors.newFixedThreadPool(option("concurrency", 4));
        System.out.printf("Warm-up: %d sessions of each kind ...%n", warmup);
        open.create(pool, "http", 0, warmup, Kind.SIGNED_IN);
        open.create(pool, "empty", 0, warmup, Kind.EMPTY_UI);
        open.create(pool, "inbound", 0, warmup, Kind.INBOUND);
        Thread.sleep(3000);
        load("heap");
        HeapHistogram h0 = open.measure();
        HeapHistogram h1 = open.group(
                pool,
                "http",
                warmup,
                Kind.SIGNED_IN,
                h0,
                "signed-in HTTP session, no UI (Spring Security + OIDC tokens)");
        HeapHistogram h2 = open.group(
                pool, "empty", warmup, Kind.EMPTY_UI, h1, "signed-in session + empty Vaadin UI with push (raw)");
        HeapHistogram h3 = open.group(
                pool,
                "inbound",
                warmup,
                Kind.INBOUND,
                h2,
                "signed-in session + Inbound tab (layout, grid of 25 rows, live stream) with push");
        double inbound = (h3.totalBytes() - h2.totalBytes()) / (double) sessions;
        double empty = (h2.totalBytes() - h1.totalBytes()) / (double) sessions;
        double http = (h1.totalBytes() - h0.totalBytes()) / (double) sessions;
        table.add(new String[] {
            "heap per signed-in session, Inbound tab open (N=" + sessions + ")",
            Figures.kb(inbound),
            Figures.kb(empty) + " (empty UI)",
            "≤ 250 KB",
            inbound <= TARGET_BYTES ? "met" : "missed"
        });
        table.add(new String[] {
            "  of which the Inbound view over an empty UI", Figures.kb(inbound - empty + 0.0), "—", "", ""
        });
        table.add(new String[] {"heap per signed-in HTTP session without a UI", Figures.kb(http), "—", "", ""});
        table.add(new String[] {
            "threads per session (Inbound / empty UI)",
            String.format(
                    Locale.US,
                    "%.2f",
                    results.path("groups").path("inbound").path("threadsAdded").asInt() / (double) sessions),
            String.format(
                    Locale.US,
                    "%.2f",
                    results.path("groups").path("empty").path("threadsAdded").asInt() / (double) sessions),
            "",
            ""
        });
        ObjectNode heap = results.putObject("heap");
        heap.put("sessions", sessions);
        heap.put("inboundBytesPerSession", Math.round(inbound));
        heap.put("emptyUiBytesPerSession", Math.round(empty));
        heap.put("signedInNoUiBytesPerSession", Math.round(http));
        heap.put("targetBytesPerSession", TARGET_BYTES);
        heap.put("met", inbound <= TARGET_BYTES);
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
        Figures.histogram(heap.putArray("emptyUiGrowthByClass"), h2.growthSince(h1, sessions, 15), "empty-UI sessions");
        Figures.histogram(
                heap.putArray("signedInGrowthByClass"),
                h1.growthSince(h0, sessions, 10),
                "signed-in sessions without a UI");

        // --- Phase C: commit → push with all N Inbound tabs open ----------------------------------------
        List<VaadinClient> inboundTabs = new ArrayList<>();
        inboundTabs.add(watcher);
        inboundTabs.addAll(open.inboundTabs());
        load("latency-n");
        push.measure(inboundTabs.size() + " Inbound tabs open", inboundTabs, option("loadChanges", 20), false);
        pool.shutdownNow();
    }

    private void load(String when) throws Exception {
        String avg = Files.readString(Path.of("/proc/loadavg")).trim();
        results.withObject("/loadAverage").put(when, avg);
    }

    private void shutdown() throws Exception {
        if (open != null) {
            open.closeAll();
        }
        if (!table.isEmpty()) {
            Figures.printTable(table);
        }
        Path out = Path.of("target", "bench-vaadin-results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out, VaadinClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("\nWrote " + out.toAbsolutePath());
        if (stack != null) {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    private static long childWith(String jar) {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(jar))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no child process runs " + jar))
                .pid();
    }
}
