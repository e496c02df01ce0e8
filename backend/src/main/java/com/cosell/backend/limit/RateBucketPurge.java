package com.cosell.backend.limit;

import com.cosell.backend.config.RepeatingJob;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deletes the rows of buckets that are full again, so the table holds only recently busy callers. */
@Component
class RateBucketPurge extends RepeatingJob<Long> {

    private final RateBuckets buckets;
    private final Clock clock;

    RateBucketPurge(RateBuckets buckets, Clock clock) {
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return buckets.purgeFull(clock.instant());
    }

    @Override
    protected Duration interval() {
        return Duration.ofMinutes(10);
    }
}
