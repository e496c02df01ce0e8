/**
 * Webhooks: an organization's subscriptions to its own events, delivered signed, in order, at least
 * once, from the event log. The API is here; {@code webhook.delivery} sends, {@code webhook.address} refuses internal targets.
 */
@NullMarked
package com.cosell.backend.webhook;

import org.jspecify.annotations.NullMarked;
