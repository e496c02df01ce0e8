package com.cosell.backend.limit;

import com.cosell.backend.config.RepeatingJob;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes the rows of buckets that are full again, so the table holds only recently busy callers;
 * and takes one token before the server takes requests, so that no caller's first request pays for
 * the limiter's start-up (class loading, the statement's first run: seconds on a loaded machine).
 */
@Component
class RateBucketPurge extends RepeatingJob<Long> {

    private final RateBuckets buckets;
    private final Clock clock;

    RateBucketPurge(RateBuckets buckets, Clock clock) {
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    public void start() {
        buckets.take(List.of(new Bucket("warm-up", 1, 1, "user")), clock.instant())
                .then()
                .onErrorResume(e -> Mono.empty()) // the database may still be starting; requests will tell
                .block(Duration.ofSeconds(30));
        super.start();
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
