package com.cosell.frontend.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.scheduler.VirtualTimeScheduler;

class CoalescingTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<List<ReferralChange>> batches = new CopyOnWriteArrayList<>();

    private static ReferralChange change(String referral, long seq) {
        return new ReferralChange(seq, EventType.REFERRAL_UPDATED, referral, null, Instant.EPOCH, null, List.of());
    }

    @Test
    void aSingleChangeGoesAtOnce() {
        Coalescing coalescing = new Coalescing(Duration.ofMillis(200), batches::add, time, Schedulers.immediate());

        coalescing.accept(change("r1", 1));

        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).extracting(ReferralChange::seq).containsExactly(1L);
    }

    @Test
    void aBurstAfterAFlushArrivesAsOneBatchInOrderWhenTheWindowEnds() {
        Coalescing coalescing = new Coalescing(Duration.ofMillis(200), batches::add, time, Schedulers.immediate());
        coalescing.accept(change("r0", 0));
        time.advanceTimeBy(Duration.ofMillis(50));

        for (int i = 1; i <= 500; i++) {
            coalescing.accept(change("r" + (i % 7), i));
        }
        time.advanceTimeBy(Duration.ofMillis(149));
        assertThat(batches).hasSize(1);
        time.advanceTimeBy(Duration.ofMillis(1));

        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).hasSize(500).extracting(ReferralChange::seq).isSorted();
    }

    @Test
    void afterAQuietWindowTheNextChangeGoesAtOnceAgain() {
        Coalescing coalescing = new Coalescing(Duration.ofMillis(200), batches::add, time, Schedulers.immediate());
        coalescing.accept(change("r1", 1));
        time.advanceTimeBy(Duration.ofSeconds(1));

        coalescing.accept(change("r1", 2));

        assertThat(batches).hasSize(2);
    }

    /** The first change does not wait for the timer's one thread, which a burst of flushes starves. */
    @Test
    void aChangeAfterAQuietWindowGoesToTheWorkerWithoutTheTimer() {
        VirtualTimeScheduler stopped = VirtualTimeScheduler.create(true);
        Coalescing coalescing = new Coalescing(Duration.ofMillis(200), batches::add, stopped, Schedulers.immediate());
        stopped.advanceTimeBy(Duration.ofSeconds(1)); // a quiet window has passed
        stopped.dispose(); // from now on it runs nothing

        coalescing.accept(change("r1", 1));

        assertThat(batches).hasSize(1);
    }

    @Test
    void aZeroWindowPassesEachChangeOnAtOnce() {
        Coalescing coalescing = new Coalescing(Duration.ZERO, batches::add);

        coalescing.accept(change("r1", 1));
        coalescing.accept(change("r1", 2));

        assertThat(batches).hasSize(2);
    }

    @Test
    void oneViewsSlowFlushDoesNotHoldUpAnothers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherFlushed = new CountDownLatch(1);
        Coalescing slow = new Coalescing(
                Duration.ofMillis(200),
                batch -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                time,
                Schedulers.boundedElastic());
        Coalescing other = new Coalescing(
                Duration.ofMillis(200), batch -> otherFlushed.countDown(), time, Schedulers.boundedElastic());

        slow.accept(change("r1", 1));
        other.accept(change("r2", 2));

        try {
            assertThat(otherFlushed.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
        }
    }
}
