package com.cosell.backend.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The schedule of every repeating job, on virtual time. */
class RepeatingJobTest {

    /** Counts its runs; each takes {@code takes} and the second one fails. */
    static final class Counting extends RepeatingJob<Integer> {
        final AtomicInteger started = new AtomicInteger();
        final VirtualTimeScheduler time;
        final Duration takes;

        Counting(VirtualTimeScheduler time, Duration takes) {
            this.time = time;
            this.takes = takes;
        }

        @Override
        protected Mono<Integer> runOnce() {
            int n = started.incrementAndGet();
            Mono<Integer> run = Mono.delay(takes, time).thenReturn(n);
            return n == 2 ? run.then(Mono.error(new IllegalStateException("boom"))) : run;
        }

        @Override
        protected Duration interval() {
            return Duration.ofSeconds(30);
        }
    }

    @Test
    void runsOnItsIntervalAndAFailedRunIsRetriedNextTime() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        Counting job = new Counting(time, Duration.ZERO);
        StepVerifier.withVirtualTime(() -> job.runs(time).take(2), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(29))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(1)
                .thenAwait(Duration.ofSeconds(30)) // the second run fails: nothing, and no error
                .expectNoEvent(Duration.ofSeconds(29))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(3)
                .verifyComplete();
    }

    @Test
    void aRunLongerThanTheIntervalIsNeverOverlapped() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        Counting job = new Counting(time, Duration.ofSeconds(75));
        StepVerifier.withVirtualTime(() -> job.runs(time).take(1), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(100)) // ticks at 60 and 90 come while the first run is busy
                .then(() ->
                        org.assertj.core.api.Assertions.assertThat(job.started).hasValue(1))
                .thenAwait(Duration.ofSeconds(5))
                .expectNext(1)
                .verifyComplete();
    }
}
