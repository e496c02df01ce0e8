package com.cosell.backend.limit;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.limit.RateBuckets.Taken;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which of a request's limits it is over, if any: its organization's, its caller's, and for an
 * event-stream handshake the caller's handshakes too. Every request takes a token of each.
 */
@Component
class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final RateBuckets buckets;
    private final RateLimitProperties properties;
    private final Clock clock;

    RateLimiter(RateBuckets buckets, RateLimitProperties properties, Clock clock) {
        this.buckets = buckets;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The refusing bucket that frees up last, or empty when the request may go on. Should the
     * database not answer, the request goes on: it needs the database itself and will fail there.
     */
    Mono<Taken> refusal(Caller caller, boolean handshake) {
        List<Bucket> wanted = new ArrayList<>(3);
        if (caller.organizationId() != null) {
            wanted.add(new Bucket(
                    "org:" + caller.organizationId(),
                    properties.organizationBurst(),
                    properties.organizationPerSecond(),
                    "organization"));
        }
        wanted.add(new Bucket("user:" + caller.id(), properties.userBurst(), properties.userPerSecond(), "user"));
        if (handshake) {
            wanted.add(new Bucket(
                    "handshake:" + caller.id(),
                    properties.handshakeBurst(),
                    properties.handshakePerSecond(),
                    "handshake"));
        }
        return buckets.take(wanted, clock.instant())
                .filter(taken -> !taken.granted())
                .sort(Comparator.comparingLong(Taken::retryAfterSeconds).reversed())
                .next()
                .onErrorResume(e -> {
                    log.warn("Rate limits not checked: {}", e.toString());
                    return Mono.empty();
                });
    }
}
