package com.cosell.backend.presence;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries heartbeats between instances: {@link #send} NOTIFYs them, and every instance (this one
 * too) LISTENs on a dedicated connection and applies what it hears to its {@link PresenceBoard}.
 * Nothing is stored: a beat lost while a connection was down is made good by the next one.
 */
@Component
class PresenceRelay implements SmartLifecycle {

    static final String CHANNEL = "cosell_presence";
    private static final Logger log = LoggerFactory.getLogger(PresenceRelay.class);

    private final DatabaseClient db;
    private final ConnectionFactory connections;
    private final PresenceBoard board;
    private final JsonMapper json;
    private volatile @Nullable Disposable running;

    PresenceRelay(DatabaseClient db, ConnectionFactory pooled, PresenceBoard board, JsonMapper json) {
        // LISTEN holds its connection for ever: a plain one with the pool's settings, outside the pool.
        ConnectionFactory raw = pooled;
        while (raw instanceof Wrapped<?> w && w.unwrap() instanceof ConnectionFactory inner) {
            raw = inner;
        }
        this.db = db;
        this.connections = raw;
        this.board = board;
        this.json = json;
    }

    Mono<Void> send(PresenceBoard.Beat beat) {
        return db.sql("SELECT pg_notify('" + CHANNEL + "', :beat)")
                .bind("beat", json.writeValueAsString(beat))
                .fetch()
                .rowsUpdated()
                .then();
    }

    private Flux<String> heard() {
        return Flux.usingWhen(Mono.from(connections.create()), this::listen, Connection::close)
                .concatWith(Mono.error(() -> new IllegalStateException("presence LISTEN connection ended")))
                .doOnError(e -> log.warn("Presence LISTEN connection lost ({}); reconnecting", e.toString()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(5))
                        .transientErrors(true));
    }

    private Flux<String> listen(Connection connection) {
        if (!(connection instanceof PostgresqlConnection pg)) {
            return Flux.error(new IllegalStateException("LISTEN needs a PostgreSQL connection, got " + connection));
        }
        return pg.createStatement("LISTEN " + CHANNEL)
                .execute()
                .flatMap(r -> r.getRowsUpdated())
                .thenMany(pg.getNotifications())
                .mapNotNull(n -> n.getParameter());
    }

    private void apply(String payload) {
        try {
            board.apply(json.readValue(payload, PresenceBoard.Beat.class));
        } catch (RuntimeException e) {
            log.warn("Ignoring a presence notification that could not be read: {}", e.toString());
        }
    }

    @Override
    public void start() {
        Disposable sweeping = board.start();
        Disposable listening = heard().subscribe(this::apply);
        running = () -> {
            listening.dispose();
            sweeping.dispose();
        };
    }

    @Override
    public void stop() {
        Disposable d = running;
        if (d != null) {
            d.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
