package com.cosell.backend.webhook.delivery;

import com.cosell.backend.webhook.WebhookProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failing event again: exponential backoff with full jitter (a uniformly random delay
 * below a ceiling that doubles per attempt up to {@code maxDelay}), so that receivers recovering
 * from an outage are not hit by every sender at the same instant. A {@code Retry-After} is a floor,
 * honoured up to {@code maxDelay}. Past {@code window} of failing, the subscription is given up.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, Duration window) {

    public static RetryPolicy of(WebhookProperties p) {
        return new RetryPolicy(p.retryInitialDelay(), p.retryMaxDelay(), p.retryWindow());
    }

    /** The ceiling for the {@code attempt}-th retry (1-based): initial × 2^(attempt-1), at most maxDelay. */
    public Duration ceiling(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 40);
        long millis = initialDelay.toMillis() << doublings;
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }

    public Duration delay(int attempt, @Nullable Duration retryAfter, RandomGenerator random) {
        Duration jittered = Duration.ofMillis(random.nextLong(ceiling(attempt).toMillis() + 1));
        if (retryAfter == null) {
            return jittered;
        }
        Duration floor = retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        return jittered.compareTo(floor) < 0 ? floor : jittered;
    }

    /** Whether an attempt at {@code next} would be past the window that began at {@code failingSince}. */
    public boolean exhausted(Instant failingSince, Instant next) {
        return next.isAfter(failingSince.plus(window));
    }
}
