package com.cosell.bench.vaadin;

import com.cosell.devstack.LocalStack;
import com.cosell.devstack.StackSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private long frontendPid;
    private String targetId;
    private PushLatency push;
    private final List<VaadinClient> open = Collections.synchronizedList(new ArrayList<>());

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
        Path data = Files.createTempDirectory("cosell-bench-vaadin-");
        StackSettings settings = new StackSettings(repo, data, repo.resolve(".local"),
                freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), StackSettings.KEYCLOAK_VERSION,
                false, "P14D", "PT1H");
        results.put("date", Instant.now().toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode opts = results.putObject("options");
        options.forEach(opts::put);
        System.out.println("Starting the local stack (PostgreSQL, Keycloak, backend and frontend jars) in " + data + " ...");
        stack = LocalStack.start(settings, System.out);
        frontendPid = childWith("cosell-frontend-exec.jar");
        System.out.println("Frontend pid " + frontendPid + " (its JVM: -Xmx768m -XX:TieredStopAtLevel=1, as ./cosell run starts it)");
        api = new Api(settings);
        URI frontend = URI.create(settings.frontendUrl());

        int referrals = option("referrals", 50);
        int warmup = option("warmup", 5);
        System.out.printf("Seeding: %d referrals from mia to contoso, %d Keycloak users ...%n", referrals, 3 * sessions + warmup * 3 + 1);
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
            throw new IllegalStateException("bob could not accept the target referral: " + accepted.statusCode() + " " + accepted.body());
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
        VaadinClient watcher = inboundSession(frontend, "bench-watch-0");
        int changes = option("changes", 100);
        load("latency-1");
        push.measure("one Inbound tab open", List.of(watcher), changes, true);

        // --- Phase B: heap per session -----------------------------------------------------------------
        ExecutorService pool = Executors.newFixedThreadPool(option("concurrency", 4));
        System.out.printf("Warm-up: %d sessions of each kind ...%n", warmup);
        create(pool, "http", 0, warmup, frontend, Kind.SIGNED_IN);
        create(pool, "empty", 0, warmup, frontend, Kind.EMPTY_UI);
        create(pool, "inbound", 0, warmup, frontend, Kind.INBOUND);
        Thread.sleep(3000);
        load("heap");
        HeapHistogram h0 = measure();
        HeapHistogram h1 = group(pool, frontend, "http", warmup, Kind.SIGNED_IN, h0,
                "signed-in HTTP session, no UI (Spring Security + OIDC tokens)");
        HeapHistogram h2 = group(pool, frontend, "empty", warmup, Kind.EMPTY_UI, h1,
                "signed-in session + empty Vaadin UI with push (raw)");
        HeapHistogram h3 = group(pool, frontend, "inbound", warmup, Kind.INBOUND, h2,
                "signed-in session + Inbound tab (layout, grid of 25 rows, live stream) with push");
        double inbound = (h3.totalBytes() - h2.totalBytes()) / (double) sessions;
        double empty = (h2.totalBytes() - h1.totalBytes()) / (double) sessions;
        double http = (h1.totalBytes() - h0.totalBytes()) / (double) sessions;
        table.add(new String[] {"heap per signed-in session, Inbound tab open (N=" + sessions + ")",
                Figures.kb(inbound), Figures.kb(empty) + " (empty UI)", "≤ 250 KB", inbound <= TARGET_BYTES ? "met" : "missed"});
        table.add(new String[] {"  of which the Inbound view over an empty UI", Figures.kb(inbound - empty + 0.0), "—", "", ""});
        table.add(new String[] {"heap per signed-in HTTP session without a UI", Figures.kb(http), "—", "", ""});
        table.add(new String[] {"threads per session (Inbound / empty UI)", String.format(Locale.US, "%.2f",
                results.path("groups").path("inbound").path("threadsAdded").asInt() / (double) sessions),
                String.format(Locale.US, "%.2f", results.path("groups").path("empty").path("threadsAdded").asInt()
                        / (double) sessions), "", ""});
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
        Figures.histogram(heap.putArray("signedInGrowthByClass"), h1.growthSince(h0, sessions, 10), "signed-in sessions without a UI");

        // --- Phase C: commit → push with all N Inbound tabs open ----------------------------------------
        List<VaadinClient> inboundTabs = new ArrayList<>();
        inboundTabs.add(watcher);
        synchronized (open) {
            open.stream().filter(c -> c.pushConnected() && c.kind == Kind.INBOUND).forEach(inboundTabs::add);
        }
        load("latency-n");
        push.measure(inboundTabs.size() + " Inbound tabs open", inboundTabs, option("loadChanges", 20), false);
        pool.shutdownNow();
    }

    enum Kind { SIGNED_IN, EMPTY_UI, INBOUND }

    private HeapHistogram group(ExecutorService pool, URI frontend, String prefix, int from, Kind kind,
                                HeapHistogram before, String what) throws Exception {
        System.out.printf("%d sessions: %s ...%n", sessions, what);
        long start = System.nanoTime();
        int threadsBefore = HeapHistogram.threads(frontendPid);
        long rssBefore = HeapHistogram.rssKb(frontendPid);
        create(pool, prefix, from, sessions, frontend, kind);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(3000); // the sessions' event streams connect asynchronously
        HeapHistogram after = measure();
        int threads = HeapHistogram.threads(frontendPid) - threadsBefore;
        long rss = HeapHistogram.rssKb(frontendPid) - rssBefore;
        double perSession = (after.totalBytes() - before.totalBytes()) / (double) sessions;
        System.out.printf("  %.1f s to create; live heap %,d → %,d bytes: %s per session; +%d threads, RSS +%,d KB%n",
                seconds, before.totalBytes(), after.totalBytes(), Figures.kb(perSession), threads, rss);
        ObjectNode g = results.withObject("/groups").putObject(prefix);
        g.put("what", what);
        g.put("sessions", sessions);
        g.put("secondsToCreate", seconds);
        g.put("liveHeapBefore", before.totalBytes());
        g.put("liveHeapAfter", after.totalBytes());
        g.put("bytesPerSession", Math.round(perSession));
        g.put("threadsAdded", threads);
        g.put("rssAddedKb", rss);
        return after;
    }

    private void create(ExecutorService pool, String prefix, int from, int count, URI frontend, Kind kind)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String user = "bench-" + prefix + "-" + i;
            futures.add(pool.submit(() -> {
                VaadinClient c = new VaadinClient(frontend, new WebSession());
                c.kind = kind;
                c.signIn(user, user);
                if (kind != Kind.SIGNED_IN) {
                    c.init("");
                    if (kind == Kind.INBOUND) {
                        String view = c.navigate("").toString();
                        if (!view.contains("referral-grid") || !view.contains("Bench referral")) {
                            throw new IllegalStateException("The Inbound tab of " + user + " shows no referrals");
                        }
                    }
                    c.connectPush(PUSH_TIMEOUT);
                }
                open.add(c);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
    }

    private VaadinClient inboundSession(URI frontend, String user) throws Exception {
        VaadinClient c = new VaadinClient(frontend, new WebSession());
        c.kind = Kind.INBOUND;
        c.signIn(user, user);
        c.init("");
        String view = c.navigate("").toString();
        if (!view.contains("Bench referral")) {
            throw new IllegalStateException("The Inbound tab shows no referrals: " + view.substring(0, 500));
        }
        c.connectPush(PUSH_TIMEOUT);
        return c;
    }

    /** Heartbeats for every open UI (so none is closed as abandoned), then the live heap after full GCs. */
    private HeapHistogram measure() throws Exception {
        synchronized (open) {
            for (VaadinClient c : open) {
                if (c.kind != Kind.SIGNED_IN) {
                    c.heartbeat();
                }
            }
        }
        return HeapHistogram.settled(frontendPid);
    }

    private void load(String when) throws Exception {
        String avg = Files.readString(Path.of("/proc/loadavg")).trim();
        results.withObject("/loadAverage").put(when, avg);
    }

    private void shutdown() throws Exception {
        synchronized (open) {
            open.forEach(VaadinClient::close);
        }
        if (!table.isEmpty()) {
            Figures.printTable(table);
        }
        Path out = Path.of("target", "bench-vaadin-results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, VaadinClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("\nWrote " + out.toAbsolutePath());
        if (stack != null) {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    private static long childWith(String jar) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(jar))
                .findFirst().orElseThrow(() -> new IllegalStateException("no child process runs " + jar)).pid();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
