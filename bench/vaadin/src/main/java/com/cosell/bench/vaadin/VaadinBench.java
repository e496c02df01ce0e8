package com.cosell.bench.vaadin;

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
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 7, item 5: retained heap per signed-in Vaadin session with the Inbound tab open, and the time
 * from a committed change to the push message, each beside a raw baseline. See the README section
 * "Performance" and bench/vaadin/pom.xml.
 *
 * <p>Options (key=value): sessions=200 changes=100 loadChanges=20 referrals=50 concurrency=4 warmup=5 repeats=3 jit=c1 (jit=full:
 * the whole JIT, as the Docker images run; dump=FILE: the frontend's heap dump after the runs)
 */
public final class VaadinBench {

    static final Duration PUSH_TIMEOUT = Duration.ofSeconds(20);

    private final Map<String, String> options;
    private final int sessions;
    private final ObjectNode results = VaadinClient.JSON.createObjectNode();
    private final List<String[]> table = new ArrayList<>();
    private LocalStack stack;
    private Commits commits;
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
        } catch (Exception | Error e) {
            e.printStackTrace(); // now, in case the shutdown fails too and its exception takes this one's place
            throw e;
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
        if (options.getOrDefault("jit", "c1").equals("full")) {
            settings = settings.withJvmOptions(StackSettings.DEFAULT_HEAP); // the whole JIT, as the Docker images run
        }
        if (options.containsKey("jvm")) { // the arguments are split at blanks, so commas stand for them
            settings = settings.withJvmOptions(options.get("jvm").replace(',', ' '));
        }
        results.put("date", Instant.now().toString());
        results.put("cores", Runtime.getRuntime().availableProcessors());
        ObjectNode opts = results.putObject("options");
        options.forEach(opts::put);
        System.out.println("Starting the local stack (PostgreSQL, Keycloak, backend and frontend jars) in "
                + settings.dataDir() + " ...");
        stack = LocalStack.start(settings, System.out);
        long frontendPid = childWith("cosell-frontend-exec.jar");
        System.out.println("Frontend pid " + frontendPid + " (its JVM: " + String.join(" ", settings.jvmOptions())
                + (String.join(" ", settings.jvmOptions()).equals(StackSettings.DEFAULT_JVM_OPTIONS)
                        ? ", as ./cosell run starts it)"
                        : ")"));
        api = new Api(settings);
        open = new OpenSessions(URI.create(settings.frontendUrl()), frontendPid, sessions, results);

        int referrals = option("referrals", 50);
        int warmup = option("warmup", 5);
        System.out.printf(
                "Seeding: %d referrals from mia to contoso, %d Keycloak users ...%n",
                referrals, 3 * (sessions * option("repeats", 3) + warmup) + 1);
        for (int i = 0; i < referrals; i++) {
            api.sendReferral("Bench referral " + i);
        }
        String target = "Bench live target";
        api.sendReferral(target);
        targetId = api.incomingCopy(target);
        commits = new Commits(settings.postgresPort());
        push = new PushLatency(api, commits, frontendPid, targetId, results, table);
        HttpResponse<String> accepted = api.patch("bob", targetId, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-BENCH"}]""");
        if (accepted.statusCode() != 204) {
            throw new IllegalStateException(
                    "bob could not accept the target referral: " + accepted.statusCode() + " " + accepted.body());
        }
        int repeats = option("repeats", 3);
        List<String> users = new ArrayList<>(SessionHeap.users(sessions, warmup, repeats));
        users.add("bench-watch-0");
        api.createUsers(users);

        // --- Phase A: commit → push with one watching session, beside the backend's own stream --------
        System.out.println("Warm-up and latency with one open Inbound tab ...");
        VaadinClient watcher = open.inbound("bench-watch-0");
        int changes = option("changes", 100);
        push.measure("warm-up, one Inbound tab open", List.of(watcher), Math.min(changes, 20), true);
        load("latency-1");
        List<PushLatency.Run> one = new ArrayList<>();
        for (int run = 1; run <= repeats; run++) {
            one.add(push.measure("one Inbound tab open, run " + run, List.of(watcher), changes, true));
        }
        push.report(one, true);

        // --- Phase B: heap per session, run by run; Phase C after the first: push to all N tabs ---------
        ExecutorService pool = Executors.newFixedThreadPool(option("concurrency", 4));
        SessionHeap heap = new SessionHeap(open, sessions, results, table);
        heap.warmUp(pool, warmup);
        load("heap");
        for (int run = 1; run <= repeats; run++) {
            heap.measure(pool, run);
            if (run == 1) {
                List<VaadinClient> inboundTabs = new ArrayList<>();
                inboundTabs.add(watcher);
                inboundTabs.addAll(open.inboundTabs());
                load("latency-n");
                // As with one tab: untimed, since before it the first timed run was the slowest in every bench
                // (the pools' threads and the paths only so many sessions take start with it).
                push.measure(inboundTabs.size() + " Inbound tabs open, warm-up", inboundTabs, 20, false);
                List<PushLatency.Run> all = new ArrayList<>();
                try (AutoCloseable profile = profileFrontend()) {
                    for (int r = 1; r <= repeats; r++) {
                        all.add(push.measure(
                                inboundTabs.size() + " Inbound tabs open, run " + r,
                                inboundTabs,
                                option("loadChanges", 20),
                                false));
                    }
                }
                push.report(all, false);
            }
        }
        heap.report();
        if (options.containsKey("dump")) { // a closer look: the frontend's heap with every session open
            Path dump = Path.of(options.get("dump")).toAbsolutePath();
            System.out.println(HeapHistogram.jcmd(open.frontendPid(), "GC.heap_dump " + dump));
        }
        pool.shutdownNow();
    }

    /** With {@code profile=FILE}: the frontend's CPU profile while every tab gets its pushes. */
    private AutoCloseable profileFrontend() throws Exception {
        String file = options.get("profile");
        if (file == null) {
            return () -> {};
        }
        return CpuProfile.start(
                open.frontendPid(), Path.of(file), options.getOrDefault("profiler", "event=itimer,interval=1ms"));
    }

    private void load(String when) throws Exception {
        String avg = Files.readString(Path.of("/proc/loadavg")).trim();
        results.withObject("/loadAverage").put(when, avg);
    }

    /** The stack is stopped whatever went wrong before (a failed run once left its apps running). */
    private void shutdown() throws Exception {
        try {
            if (open != null) {
                open.closeAll();
            }
            if (commits != null) {
                commits.close();
            }
            if (!table.isEmpty()) {
                Figures.printTable(table);
            }
            Path out = Path.of("target", "bench-vaadin-results.json");
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out, VaadinClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            System.out.println("\nWrote " + out.toAbsolutePath());
        } finally {
            if (stack != null) {
                System.out.println("Stopping the stack ...");
                stack.discard();
            }
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
