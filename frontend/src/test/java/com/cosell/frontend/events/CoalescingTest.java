package com.cosell.frontend.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoalescingTest {

    private static ReferralChange change(String referral, long seq) {
        return new ReferralChange(seq, ReferralChange.Type.REFERRAL_UPDATED, referral, null, Instant.EPOCH, null, List.of());
    }

    @Test
    void aBurstOfChangesArrivesAsOneBatchInOrder() throws Exception {
        List<List<ReferralChange>> batches = new CopyOnWriteArrayList<>();
        CountDownLatch flushed = new CountDownLatch(1);
        Coalescing coalescing = new Coalescing(Duration.ofMillis(100), batch -> {
            batches.add(batch);
            flushed.countDown();
        });

        for (int i = 0; i < 500; i++) {
            coalescing.accept(change("r" + (i % 7), i));
        }

        assertThat(flushed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).hasSize(500).extracting(ReferralChange::seq).isSorted();
    }

    @Test
    void aZeroWindowPassesEachChangeOnAtOnce() {
        List<List<ReferralChange>> batches = new CopyOnWriteArrayList<>();
        Coalescing coalescing = new Coalescing(Duration.ZERO, batches::add);

        coalescing.accept(change("r1", 1));
        coalescing.accept(change("r1", 2));

        assertThat(batches).hasSize(2);
    }
}
