package com.cosell.backend.stream;

import com.cosell.backend.event.EventLog;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * LISTENs on a dedicated connection (outside the pool) and wakes the {@link EventHub} on every
 * notification. The connection is re-opened with backoff whenever it ends; every (re)connect also
 * wakes the hub, which reads whatever was committed while nobody listened.
 */
@Component
class EventSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventSignals.class);

    private final ConnectionFactory connections;
    private final EventHub hub;
    private final EventsProperties properties;
    private final AtomicInteger backendPid = new AtomicInteger();
    private volatile @Nullable Disposable listening;

    EventSignals(ConnectionFactory pooled, EventHub hub, EventsProperties properties) {
        // The innermost factory makes plain connections with the same settings, outside the pool.
        ConnectionFactory raw = pooled;
        while (raw instanceof Wrapped<?> w && w.unwrap() instanceof ConnectionFactory inner) {
            raw = inner;
        }
        this.connections = raw;
        this.hub = hub;
        this.properties = properties;
    }

    /** The server process of the LISTEN connection (0 while disconnected): tests cut it on purpose. */
    int backendPid() {
        return backendPid.get();
    }

    Flux<Object> signals() {
        return Flux.usingWhen(Mono.from(connections.create()), this::listen, Connection::close)
                .concatWith(Mono.error(() -> new IllegalStateException("LISTEN connection ended")))
                .doOnError(e -> {
                    backendPid.set(0);
                    log.warn("Event LISTEN connection lost ({}); reconnecting", e.toString());
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.reconnectMin())
                        .maxBackoff(properties.reconnectMax())
                        .transientErrors(true));
    }

    private Flux<Object> listen(Connection connection) {
        if (!(connection instanceof PostgresqlConnection pg)) {
            return Flux.error(new IllegalStateException("LISTEN needs a PostgreSQL connection, got " + connection));
        }
        Mono<Integer> pid = pg.createStatement("SELECT pg_backend_pid() AS pid")
                .execute()
                .flatMap(r -> r.map(row -> row.get("pid", Integer.class)))
                .next();
        Mono<Void> listen = pg.createStatement("LISTEN " + EventLog.CHANNEL)
                .execute()
                .flatMap(r -> r.getRowsUpdated())
                .then();
        return pid.doOnNext(backendPid::set)
                .then(listen)
                .thenMany(Flux.concat(Mono.just((Object) "connected"), pg.getNotifications()));
    }

    @Override
    public void start() {
        listening = signals().subscribe(x -> hub.wake());
    }

    @Override
    public void stop() {
        Disposable d = listening;
        if (d != null) {
            d.dispose();
            listening = null;
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    @Override
    public int getPhase() {
        return 1; // after the hub has its cursor
    }
}
