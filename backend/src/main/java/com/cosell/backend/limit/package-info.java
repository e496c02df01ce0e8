/**
 * Rate limits per organization, per user and per user's event-stream handshakes: token buckets in
 * PostgreSQL shared by every instance, and the 429 answer with {@code Retry-After}.
 */
@NullMarked
package com.cosell.backend.limit;

import org.jspecify.annotations.NullMarked;
