package com.cosell.bench.vaadin;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frontend's sessions the bench opens and keeps open, by group of one kind, and the frontend's live
 * heap, threads and RSS measured around each group (VaadinBench turns the groups' differences into figures).
 */
final class OpenSessions {

    enum Kind {
        SIGNED_IN,
        EMPTY_UI,
        INBOUND
    }

    private final URI frontend;
    private final long frontendPid;
    private final int sessions;
    private final ObjectNode results;
    private final List<VaadinClient> open = Collections.synchronizedList(new ArrayList<>());

    /** {@code sessions} per measured group; each group's figures go under {@code /groups} of {@code results}. */
    OpenSessions(URI frontend, long frontendPid, int sessions, ObjectNode results) {
        this.frontend = frontend;
        this.frontendPid = frontendPid;
        this.sessions = sessions;
        this.results = results;
    }

    /** Opens one group of sessions and measures what it added over {@code before}; returns the heap after it. */
    HeapHistogram group(ExecutorService pool, String prefix, int from, Kind kind, HeapHistogram before, String what)
            throws Exception {
        System.out.printf("%d sessions: %s ...%n", sessions, what);
        long start = System.nanoTime();
        int threadsBefore = HeapHistogram.threads(frontendPid);
        long rssBefore = HeapHistogram.rssKb(frontendPid);
        create(pool, prefix, from, sessions, kind);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(3000); // the sessions' event streams connect asynchronously
        HeapHistogram after = measure();
        int threads = HeapHistogram.threads(frontendPid) - threadsBefore;
        long rss = HeapHistogram.rssKb(frontendPid) - rssBefore;
        double perSession = (after.totalBytes() - before.totalBytes()) / (double) sessions;
        System.out.printf(
                "  %.1f s to create; live heap %,d → %,d bytes: %s per session; +%d threads, RSS +%,d KB%n",
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

    /** Signs in users bench-{prefix}-{from..from+count-1} on the pool, each opening what {@code kind} says. */
    void create(ExecutorService pool, String prefix, int from, int count, Kind kind) throws Exception {
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
                    c.connectPush(VaadinBench.PUSH_TIMEOUT);
                }
                open.add(c);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
    }

    /** One session with the Inbound tab open and push connected, not kept among the groups' sessions. */
    VaadinClient inbound(String user) throws Exception {
        VaadinClient c = new VaadinClient(frontend, new WebSession());
        c.kind = Kind.INBOUND;
        c.signIn(user, user);
        c.init("");
        String view = c.navigate("").toString();
        if (!view.contains("Bench referral")) {
            throw new IllegalStateException("The Inbound tab shows no referrals: " + view.substring(0, 500));
        }
        c.connectPush(VaadinBench.PUSH_TIMEOUT);
        return c;
    }

    /** Heartbeats for every open UI (so none is closed as abandoned), then the live heap after full GCs. */
    HeapHistogram measure() throws Exception {
        synchronized (open) {
            for (VaadinClient c : open) {
                if (c.kind != Kind.SIGNED_IN) {
                    c.heartbeat();
                }
            }
        }
        return HeapHistogram.settled(frontendPid);
    }

    /** The open sessions whose Inbound tab still has its push connection. */
    List<VaadinClient> inboundTabs() {
        synchronized (open) {
            return open.stream()
                    .filter(c -> c.pushConnected() && c.kind == Kind.INBOUND)
                    .toList();
        }
    }

    long frontendPid() {
        return frontendPid;
    }

    void closeAll() {
        synchronized (open) {
            open.forEach(VaadinClient::close);
        }
    }
}
