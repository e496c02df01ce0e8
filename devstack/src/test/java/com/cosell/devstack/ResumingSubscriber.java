package com.cosell.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An event-stream client as the README tells integrations to write one: through the proxy, and
 * whenever the stream ends (an instance killed, stopping, or any close) it reconnects with
 * {@code after=<last seq seen>}. It records every event and every way a connection ended.
 */
final class ResumingSubscriber implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "drill-resume");
        t.setDaemon(true);
        return t;
    });

    final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    /** "1001 going away: resume from 42", "error …", "refused …": how each connection ended. */
    final List<String> endings = new CopyOnWriteArrayList<>();

    private final String endpoint;
    private final Supplier<String> token;
    private volatile long lastSeq = -1;
    private volatile boolean ready;
    private volatile boolean closed;
    private volatile WebSocket socket;

    ResumingSubscriber(ScaleOutStack stack, Supplier<String> token) {
        this.endpoint = stack.apiUrl().replaceFirst("^http", "ws") + "/v1.0/engagements/events";
        this.token = token;
        connect();
    }

    /** Waits for the first "ready": from then on nothing committed is missed. */
    ResumingSubscriber awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ready) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the event stream never became ready: " + endings);
            }
            Thread.sleep(50);
        }
        return this;
    }

    private void connect() {
        if (closed) {
            return;
        }
        URI uri = URI.create(endpoint + (lastSeq < 0 ? "" : "?after=" + lastSeq));
        HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token.get())
                .buildAsync(uri, new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        endings.add("refused " + error.getMessage());
                        retry();
                    } else {
                        socket = ws;
                    }
                });
    }

    private void retry() {
        if (!closed) {
            RETRIES.schedule(this::connect, 200, TimeUnit.MILLISECONDS);
        }
    }

    private void handle(Map<String, Object> message) {
        Object seq = message.get("seq");
        if ("ready".equals(message.get("type"))) {
            ready = true;
        } else if (seq != null && !"heartbeat".equals(message.get("type"))) {
            events.add(message);
        }
        if (seq != null) {
            lastSeq = ((Number) seq).longValue();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(ProxyApi.map(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            endings.add(status + " " + reason);
            retry();
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            endings.add("error " + error);
            retry();
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }
}
