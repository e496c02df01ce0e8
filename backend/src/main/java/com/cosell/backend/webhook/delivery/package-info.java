/**
 * The delivery worker: claims subscriptions with a lease, sends their next events in (tx, seq) order,
 * retries with backoff, records every attempt, and disables a subscription failing past the window.
 */
@NullMarked
package com.cosell.backend.webhook.delivery;

import org.jspecify.annotations.NullMarked;
