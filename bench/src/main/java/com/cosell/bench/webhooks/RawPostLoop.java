package com.cosell.bench.webhooks;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The raw baseline: plain POSTs of a delivery's body with reactor-netty's HttpClient, configured as
 * the backend's webhook sender is (pooled keep-alive connections, no redirects, no compression), one
 * after the other as one subscription's events are, without the event log, signing or the delivery log.
 */
final class RawPostLoop implements AutoCloseable {

    record Result(double perSecond, Histogram latency) {}

    private final ConnectionProvider pool = ConnectionProvider.builder("bench-raw-post")
            .maxConnections(64)
            .maxIdleTime(Duration.ofSeconds(30))
            .build();
    private final HttpClient client = HttpClient.create(pool)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
            .responseTimeout(Duration.ofSeconds(10))
            .followRedirect(false)
            .compress(false);

    /** n POSTs of {@code body} to {@code url}, each sent once the one before was answered. */
    Result run(String url, String body, int n) {
        Histogram h = new Histogram(3);
        long t = System.nanoTime();
        Flux.range(0, n)
                .concatMap(i -> {
                    long s = System.nanoTime();
                    return client.headers(hd -> hd.set("Content-Type", "application/json")
                                    .set("User-Agent", "Co-sell-Webhooks/1")
                                    .set(FastReceiver.EVENT_ID, "raw-" + i))
                            .post()
                            .uri(url)
                            .send(ByteBufFlux.fromString(Mono.just(body)))
                            .response((res, in) ->
                                    in.asByteArray().then(Mono.just(res.status().code())))
                            .next()
                            .doOnNext(code -> {
                                if (code != 204) {
                                    throw new IllegalStateException("the receiver answered " + code);
                                }
                                h.recordValue((System.nanoTime() - s) / 1000);
                            });
                })
                .blockLast();
        return new Result(n / ((System.nanoTime() - t) / 1e9), h);
    }

    @Override
    public void close() {
        pool.disposeLater().block();
    }
}
