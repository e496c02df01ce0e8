package com.cosell.backend.stream;

import com.cosell.backend.identity.CallerAuthentication;
import com.cosell.backend.presence.PresenceBoard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * One subscriber's WebSocket: its organization's events as JSON text messages, heartbeats, and a
 * close with a code and a reason naming the seq to resume from.
 */
@Component
class EventStreamSession implements SmartLifecycle {

    static final int TOKEN_EXPIRED = 4001;
    static final int TOO_SLOW = 4008;

    /**
     * Fires when the instance begins to stop: every stream closes with 1001 and where to resume. A
     * fresh one on every start: a context can be stopped and started again (Spring's test contexts are
     * paused while unused), and streams opened after a restart must not see the old stop.
     */
    private volatile Sinks.Empty<Void> stopping = Sinks.empty();

    private volatile boolean running;

    private final EventHub hub;
    private final EventsProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final PresenceBoard presence;

    EventStreamSession(
            EventHub hub, EventsProperties properties, JsonMapper json, Clock clock, PresenceBoard presence) {
        this.hub = hub;
        this.presence = presence;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** {@code withPresence}: also who opens and leaves the deals the organization is a party of (messages without a seq). */
    Mono<Void> run(
            WebSocketSession session,
            String organizationId,
            CallerAuthentication auth,
            Cursor from,
            boolean withPresence) {
        AtomicLong lastSeq = new AtomicLong(from.seq()); // the last seq handed to the socket
        Sinks.One<CloseStatus> closing = Sinks.one();
        Flux<String> events = hub.subscribe(organizationId, from, properties.bufferSize())
                .map(d -> switch (d) {
                    case StreamEvent e -> {
                        lastSeq.set(e.seq());
                        yield e.message();
                    }
                    case Delivery.CaughtUp c -> json.writeValueAsString(Map.of("type", "ready", "seq", lastSeq.get()));
                })
                .onErrorResume(e -> {
                    closing.tryEmitValue(
                            e instanceof TooSlow
                                    ? new CloseStatus(TOO_SLOW, "too slow: resume from " + lastSeq.get())
                                    : new CloseStatus(
                                            CloseStatus.SERVER_ERROR.getCode(),
                                            "server error: resume from " + lastSeq.get()));
                    return Flux.empty();
                });
        Flux<String> heartbeats = Flux.interval(properties.heartbeat())
                .map(x -> json.writeValueAsString(
                        Map.of("type", "heartbeat", "at", clock.instant().toString())));
        Instant expiresAt = auth.getToken().getExpiresAt();
        Mono<String> expiry = expiresAt == null
                ? Mono.never()
                : Mono.delay(durationUntil(expiresAt))
                        .then(Mono.fromRunnable(() -> closing.tryEmitValue(new CloseStatus(
                                TOKEN_EXPIRED,
                                "token expired: reconnect with a fresh token and resume from " + lastSeq.get()))));
        Flux<String> viewers = !withPresence
                ? Flux.empty()
                : presence.snapshotAndChanges(organizationId)
                        .map(c -> json.writeValueAsString(
                                Map.of("type", "presence", "referralId", c.referralId(), "viewers", c.viewers())));
        Mono<String> goingAway = stopping.asMono()
                .then(Mono.fromRunnable(() -> closing.tryEmitValue(new CloseStatus(
                        CloseStatus.GOING_AWAY.getCode(), "going away: resume from " + lastSeq.get()))));
        Flux<String> out =
                Flux.merge(events, heartbeats, expiry, viewers, goingAway).takeUntilOther(closing.asMono());
        Mono<Void> output = session.send(out.map(session::textMessage))
                .then(Mono.defer(() -> closing.asMono().flatMap(session::close)));
        // The client may send nothing (small frames are dropped, large ones refused: StreamConfig);
        // reading detects its close.
        Mono<Void> input = session.receive().then();
        return Mono.firstWithSignal(output, input);
    }

    @Override
    public void start() {
        stopping = Sinks.empty();
        running = true;
    }

    /**
     * First of everything on SIGTERM (before the web server's graceful shutdown, which waits for
     * requests in flight): streams never end, so they are told to go elsewhere and resume.
     */
    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private Duration durationUntil(Instant at) {
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
