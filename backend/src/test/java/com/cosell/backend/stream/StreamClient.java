package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/** A real WebSocket client of the event stream that records what it receives. */
final class StreamClient implements AutoCloseable {

    static final String PATH = "/v1.0/engagements/events";

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private final Disposable connection;

    private StreamClient(URI uri, HttpHeaders headers) {
        connection = new ReactorNettyWebSocketClient()
                .execute(uri, headers, session -> {
                    session.closeStatus().subscribe(closed::complete, e -> {}, () -> closed.complete(null));
                    return session.receive()
                            .map(WebSocketMessage::getPayloadAsText)
                            .map(Api::json)
                            .doOnNext(messages::add)
                            .then();
                })
                .subscribe(x -> {}, failed::complete);
    }

    static StreamClient connect(int port, String token, Long after) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new StreamClient(uri(port, after, null), headers);
    }

    /** A stream that also carries who opens and leaves the organization's referrals. */
    static StreamClient connectWithPresence(int port, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new StreamClient(URI.create("ws://localhost:" + port + PATH + "?presence=true"), headers);
    }

    static StreamClient connectWithQueryToken(int port, String token, Long after) {
        return new StreamClient(uri(port, after, token), new HttpHeaders());
    }

    private static URI uri(int port, Long after, String token) {
        StringBuilder q = new StringBuilder();
        if (after != null) {
            q.append("after=").append(after);
        }
        if (token != null) {
            q.append(q.isEmpty() ? "" : "&").append("access_token=").append(token);
        }
        return URI.create("ws://localhost:" + port + PATH + (q.isEmpty() ? "" : "?" + q));
    }

    /** Waits for the "ready" message (the backlog is then complete) and returns the events before it. */
    List<JsonNode> awaitReady() {
        List<JsonNode> events = new ArrayList<>();
        while (true) {
            JsonNode m = next(Duration.ofSeconds(10));
            if ("ready".equals(m.get("type").asString())) {
                return events;
            }
            if (m.has("seq")) {
                events.add(m);
            }
        }
    }

    /** The next message that is an event (heartbeats skipped). */
    JsonNode nextEvent(Duration timeout) {
        while (true) {
            JsonNode m = next(timeout);
            if (m.has("seq") && !"ready".equals(m.get("type").asString())) {
                return m;
            }
        }
    }

    /** Events until one matches, all of them returned (the match last). */
    List<JsonNode> eventsUntil(Predicate<JsonNode> last, Duration timeout) {
        List<JsonNode> seen = new ArrayList<>();
        while (true) {
            JsonNode e = nextEvent(timeout);
            seen.add(e);
            if (last.test(e)) {
                return seen;
            }
        }
    }

    JsonNode next(Duration timeout) {
        try {
            JsonNode m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(m).as("a message within " + timeout).isNotNull();
            return m;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    CloseStatus awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no close within " + timeout, e);
        }
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
