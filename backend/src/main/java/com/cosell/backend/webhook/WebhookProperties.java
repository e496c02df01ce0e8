package com.cosell.backend.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery settings (README, "Webhooks").
 *
 * @param workerEnabled       whether this instance delivers (all may: subscriptions are leased)
 * @param pollInterval        how often the worker looks for subscriptions with something to send
 * @param lease               how long a worker holds a subscription; a dead worker's lease runs out
 * @param maxConcurrency      subscriptions one instance sends to at once (one request each)
 * @param eventsPerClaim      events sent to one subscription before its lease is handed back
 * @param connectTimeout      connecting to a receiver
 * @param responseTimeout     waiting for the receiver's response once the request is sent
 * @param maxResponseBytes    response body read at most; the log keeps an excerpt of it
 * @param allowPrivateTargets allow loopback, private, link-local and metadata addresses (tests, local stack)
 * @param allowHttp           allow plain http targets (tests, local stack)
 * @param retryInitialDelay   the first retry's ceiling; it doubles per attempt (full jitter below it)
 * @param retryMaxDelay       the ceiling's ceiling, also the most a Retry-After is honoured
 * @param retryWindow         a subscription failing this long is disabled and its organization told
 * @param secretGrace         how long a rotated-out secret still signs
 * @param deliveryRetention   how long the delivery log keeps an attempt
 * @param purgeInterval       how often the delivery log is purged
 */
@ConfigurationProperties("cosell.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("32") int maxConcurrency,
        @DefaultValue("100") int eventsPerClaim,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration responseTimeout,
        @DefaultValue("16384") int maxResponseBytes,
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("PT10S") Duration retryInitialDelay,
        @DefaultValue("PT1H") Duration retryMaxDelay,
        @DefaultValue("P1D") Duration retryWindow,
        @DefaultValue("P1D") Duration secretGrace,
        @DefaultValue("P30D") Duration deliveryRetention,
        @DefaultValue("PT1H") Duration purgeInterval) {

    /**
     * A lease no longer than one attempt's budget would never send anything (each claim stops when
     * less than the budget is left): refused at start-up, saying why, rather than silently idle.
     */
    public WebhookProperties {
        Duration budget = budget(connectTimeout, responseTimeout);
        if (lease.compareTo(budget) <= 0) {
            throw new IllegalArgumentException("cosell.webhooks.lease (WEBHOOKS_LEASE) is " + lease
                    + ": it must be longer than one delivery attempt may take (connect-timeout + response-timeout"
                    + " + 2 s = " + budget + "), or no webhook is ever sent");
        }
    }

    /** The longest one attempt can take, with a margin: a claim stops sending when less than this is left. */
    public Duration attemptBudget() {
        return budget(connectTimeout, responseTimeout);
    }

    private static Duration budget(Duration connectTimeout, Duration responseTimeout) {
        return connectTimeout.plus(responseTimeout).plusSeconds(2);
    }

    /** The same settings for a worker that polls at its own pace and hands a claim back after {@code eventsPerClaim}. */
    public WebhookProperties polling(Duration pollInterval, int eventsPerClaim) {
        return new WebhookProperties(
                true,
                pollInterval,
                lease,
                maxConcurrency,
                eventsPerClaim,
                connectTimeout,
                responseTimeout,
                maxResponseBytes,
                allowPrivateTargets,
                allowHttp,
                retryInitialDelay,
                retryMaxDelay,
                retryWindow,
                secretGrace,
                deliveryRetention,
                purgeInterval);
    }
}
