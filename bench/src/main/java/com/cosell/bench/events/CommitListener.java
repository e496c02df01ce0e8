package com.cosell.bench.events;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A LISTEN on the backend's own channel, cosell_events (payload = the event's seq): when a commit
 * became visible to a listener, the start of "commit -> WS frame".
 */
final class CommitListener implements AutoCloseable {

    /** seq -> System.nanoTime() when the NOTIFY arrived. */
    final Map<Long, Long> commits = new ConcurrentHashMap<>();

    private final Thread thread;

    CommitListener(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN cosell_events");
        }
        PGConnection pgc = c.unwrap(PGConnection.class);
        thread = new Thread(
                () -> {
                    try (c) {
                        while (!Thread.currentThread().isInterrupted()) {
                            PGNotification[] got = pgc.getNotifications(500);
                            long now = System.nanoTime();
                            if (got != null) {
                                for (PGNotification n : got) {
                                    commits.put(Long.parseLong(n.getParameter()), now);
                                }
                            }
                        }
                    } catch (Exception e) {
                        // stopped
                    }
                },
                "commit-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
