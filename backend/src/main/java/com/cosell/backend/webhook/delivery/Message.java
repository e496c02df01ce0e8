package com.cosell.backend.webhook.delivery;

import org.jspecify.annotations.Nullable;

/**
 * One POST to make: the body as signed, and the secrets that sign it ({@code previousSecret} only
 * while its grace period runs).
 */
record Message(
        String url,
        String eventId,
        String type,
        String body,
        String secret,
        @Nullable String previousSecret) {}
