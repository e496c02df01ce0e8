package com.cosell.bench.webhooks;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The fast receiver: a reactor-netty server on loopback that answers 204 at once and records, per
 * path (one path per run), each request's arrival ({@code System.nanoTime()}, when its headers are
 * read) by its {@code Cosell-Event-Id}, and the first body it got.
 */
final class FastReceiver implements AutoCloseable {

    static final String EVENT_ID = "Cosell-Event-Id";

    /** One path's requests: first arrival per event id, every request counted (repeats too). */
    static final class Lane {
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicReference<String> sample = new AtomicReference<>();

        int distinct() {
            return arrivals.size();
        }
    }

    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final DisposableServer server;

    FastReceiver() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .handle((req, res) -> {
                    long at = System.nanoTime();
                    Lane lane = lane("/" + req.path());
                    String id = req.requestHeaders().get(EVENT_ID);
                    lane.requests.incrementAndGet();
                    if (id != null) {
                        lane.arrivals.putIfAbsent(id, at);
                    }
                    Mono<Void> body = lane.sample.get() != null
                            ? req.receive().then()
                            : req.receive()
                                    .aggregate()
                                    .asString()
                                    .doOnNext(s -> lane.sample.compareAndSet(null, s))
                                    .then();
                    return body.then(Mono.defer(() ->
                            Mono.from(res.status(HttpResponseStatus.NO_CONTENT).send())));
                })
                .bindNow();
    }

    Lane lane(String path) {
        return lanes.computeIfAbsent(path, p -> new Lane());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
