package com.cosell.bench.events;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The raw limit of a WebSocket fan-out: reactor-netty, no Spring, no per-subscriber work, the same
 * payload to every client. Like Co-sell's stream, it greets each client with {"type":"ready"}.
 */
final class RawBroadcast implements AutoCloseable {

    private final Set<Sinks.Many<String>> queues = ConcurrentHashMap.newKeySet();
    private final DisposableServer server;

    RawBroadcast() {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(r -> r.ws("/ws", (in, out) -> {
                    Sinks.Many<String> q = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(1000));
                    queues.add(q);
                    return Mono.firstWithSignal(
                                    out.sendString(Flux.concat(Mono.just("{\"type\":\"ready\"}"), q.asFlux()))
                                            .then(),
                                    in.receive().then())
                            .doFinally(x -> queues.remove(q));
                }))
                .bindNow();
    }

    String url() {
        return "ws://127.0.0.1:" + server.port() + "/ws";
    }

    synchronized void send(String payload) {
        for (Sinks.Many<String> q : queues) {
            q.tryEmitNext(payload);
        }
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
