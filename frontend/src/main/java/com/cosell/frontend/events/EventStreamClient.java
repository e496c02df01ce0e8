package com.cosell.frontend.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A connection to the backend's event stream ({@link OrganizationStreams}: one per organization). It
 * resumes after the last event it saw whenever the connection drops or the token expires (close 4001:
 * it asks for a fresh token), so no event is lost or repeated across reconnects; it stops only when
 * closed.
 */
final class EventStreamClient implements OrganizationStreams.Connection {

    private static final Logger log = LoggerFactory.getLogger(EventStreamClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOKEN_EXPIRED = 4001;
    private static final ScheduledExecutorService RECONNECTS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cosell-event-reconnect");
        t.setDaemon(true);
        return t;
    });

    /** Shared by every stream: a client costs a selector thread and a worker pool, and WebSockets multiplex fine. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI endpoint;
    private final Supplier<String> token;
    private final Consumer<JsonNode> onEvent;
    private volatile long lastSeq = -1;
    private volatile boolean closed;
    private volatile @Nullable WebSocket socket;
    private volatile int failures;

    /**
     * @param endpoint ws(s)://…/v1.0/engagements/events, with any query of its own
     * @param token    a fresh access token each call (it refreshes expired ones, or throws when none
     *                 can be had now — the stream then tries again later)
     */
    private EventStreamClient(URI endpoint, Supplier<String> token, Consumer<JsonNode> onEvent) {
        this.endpoint = endpoint;
        this.token = token;
        this.onEvent = onEvent;
    }

    /** Connects now, with the first token {@code token} gives. */
    static EventStreamClient open(URI endpoint, Supplier<String> token, Consumer<JsonNode> onEvent) {
        EventStreamClient client = new EventStreamClient(endpoint, token, onEvent);
        client.connect();
        return client;
    }

    private void connect() {
        if (closed) {
            return;
        }
        String bearer;
        try {
            bearer = token.get();
        } catch (RuntimeException e) {
            log.debug("No token for the event stream now; trying again later", e);
            retryLater();
            return;
        }
        URI uri = lastSeq < 0
                ? endpoint
                : URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + "after=" + lastSeq);
        HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + bearer)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        retryLater();
                    } else {
                        socket = ws;
                        failures = 0;
                        if (closed) {
                            ws.sendClose(WebSocket.NORMAL_CLOSURE, "session ended");
                        }
                    }
                });
    }

    private void retryLater() {
        if (closed) {
            return;
        }
        long delay = Math.min(30_000, 500L << Math.min(6, failures++));
        RECONNECTS.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void handle(String text) {
        JsonNode message = JSON.readTree(text);
        String type = message.path("type").asString("");
        if (message.has("seq")) {
            lastSeq = message.get("seq").asLong();
        }
        if (!type.equals("ready") && !type.equals("heartbeat")) {
            onEvent.accept(message);
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "session ended");
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    handle(text);
                } catch (RuntimeException e) {
                    log.warn("Ignoring an event message that could not be handled", e);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            socket = null;
            if (!closed) {
                if (status == TOKEN_EXPIRED) {
                    connect(); // with a fresh token, right away
                } else {
                    retryLater();
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            socket = null;
            retryLater();
        }
    }
}
