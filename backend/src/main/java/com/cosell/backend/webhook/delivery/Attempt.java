package com.cosell.backend.webhook.delivery;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What one POST to a receiver came to; the delivery log keeps it. */
record Attempt(
        @Nullable Integer status,
        long latencyMillis,
        @Nullable String excerpt,
        @Nullable String error,
        @Nullable Duration retryAfter) {

    static final int EXCERPT = 1024;

    enum Verdict {
        DELIVERED,
        RETRY,
        FAIL
    }

    /** 2xx delivered; no answer, 408, 429 and 5xx may pass and are retried; any other answer fails at once. */
    Verdict verdict() {
        if (status == null) {
            return Verdict.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        return status == 408 || status == 429 || status >= 500 ? Verdict.RETRY : Verdict.FAIL;
    }

    static Attempt failed(long latencyMillis, String error) {
        return new Attempt(
                null, latencyMillis, null, error.length() > EXCERPT ? error.substring(0, EXCERPT) : error, null);
    }
}
