package com.cosell.bench.api;

import static com.cosell.bench.Report.log;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A closed-loop load: its latency histogram (µs) and its requests per second. */
record Load(Histogram h, double rate) {

    /** {@code conc} requests in flight for {@code secs}, after a warm-up of a third as long. */
    static Load of(int conc, double secs, Supplier<Mono<?>> request) {
        run(conc, secs / 3, request, new Histogram(3));
        Histogram h = new Histogram(3);
        long[] done = run(conc, secs, request, h);
        return new Load(h, done[0] / (done[1] / 1e9));
    }

    /** Returns {requests done, nanoseconds taken}; a failed request is logged once and not counted. */
    private static long[] run(int conc, double secs, Supplier<Mono<?>> request, Histogram h) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        AtomicLong n = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long t = System.nanoTime();
        Flux.range(0, conc)
                .flatMap(
                        w -> Mono.defer(() -> {
                                    long s = System.nanoTime();
                                    return request.get()
                                            .doOnSuccess(x -> {
                                                synchronized (h) {
                                                    h.recordValue((System.nanoTime() - s) / 1000);
                                                }
                                                n.incrementAndGet();
                                            })
                                            .onErrorResume(e -> {
                                                if (errors.getAndIncrement() == 0) {
                                                    log("request failed: " + e);
                                                }
                                                return Mono.empty();
                                            });
                                })
                                .repeat(() -> System.nanoTime() < end),
                        conc)
                .blockLast();
        return new long[] {n.get(), System.nanoTime() - t};
    }
}
