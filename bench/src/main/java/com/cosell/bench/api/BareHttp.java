package com.cosell.bench.api;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The HTTP alone, as a ceiling for the API's requests: a reactor-netty server on loopback that
 * answers every GET at once with the same JSON a single GET of the API answered, to the bench's
 * same client. No security, no database, no JSON work.
 */
final class BareHttp implements AutoCloseable {

    private final DisposableServer server;

    BareHttp(String body) {
        server = HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(r -> r.get(
                        "/referral",
                        (req, res) ->
                                res.header("Content-Type", "application/json").sendString(Mono.just(body))))
                .bindNow();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
