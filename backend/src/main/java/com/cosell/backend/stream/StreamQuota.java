package com.cosell.backend.stream;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many event streams each user has open on this instance: one token must not hold hundreds of
 * sockets (and their buffers). A browser session needs one; an integration a few.
 */
@Component
class StreamQuota {

    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final int max;

    StreamQuota(EventsProperties properties) {
        this.max = properties.maxStreamsPerUser();
    }

    /** Takes one of the user's streams, or says no when all are taken. */
    boolean acquire(String userId) {
        AtomicInteger count = open.computeIfAbsent(userId, id -> new AtomicInteger());
        if (count.incrementAndGet() > max) {
            release(userId);
            return false;
        }
        return true;
    }

    void release(String userId) {
        open.computeIfPresent(userId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    int max() {
        return max;
    }
}
