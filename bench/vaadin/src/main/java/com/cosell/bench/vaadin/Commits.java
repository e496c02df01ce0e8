package com.cosell.bench.vaadin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * When each change committed, as a listener sees it: a LISTEN on the backend's own channel,
 * {@code cosell_events}, whose NOTIFY PostgreSQL delivers at the commit (its payload is the last
 * sequence the transaction wrote). The start of "commit → push", the figure issue #18 sets its target
 * on; the bench's main module measures "commit → frame" the same way.
 */
final class Commits implements AutoCloseable {

    /** A notified sequence → System.nanoTime() when the NOTIFY arrived. */
    private final NavigableMap<Long, Long> at = new ConcurrentSkipListMap<>();

    private final Thread thread;

    Commits(int postgresPort) throws Exception {
        Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgresPort + "/cosell", "cosell", "cosell");
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN cosell_events");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        thread = new Thread(
                () -> {
                    try (c) {
                        while (!Thread.currentThread().isInterrupted()) {
                            PGNotification[] got = pg.getNotifications(500); // returns as one arrives
                            long now = System.nanoTime();
                            for (PGNotification n : got == null ? new PGNotification[0] : got) {
                                at.put(Long.parseLong(n.getParameter()), now);
                            }
                        }
                    } catch (Exception stopped) {
                        // closed
                    }
                },
                "bench-commits");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * When the transaction that wrote event {@code seq} committed (its NOTIFY names the last of its
     * events, so the first notified sequence at or after it), if it was heard after {@code since}.
     */
    long committed(long seq, long since) {
        for (Map.Entry<Long, Long> e : at.tailMap(seq, true).entrySet()) {
            if (e.getValue() >= since) {
                return e.getValue();
            }
        }
        return 0L;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
