package com.cosell.backend.limit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token buckets: each allows its burst of requests at once and refills at its rate per second.
 *
 * @param enabled                off: no request is counted (benches that measure the service itself)
 * @param organizationBurst      every API request of one organization, people and integrations together
 * @param userBurst              every API request of one person or integration
 * @param handshakeBurst         event-stream handshakes of one person or integration (besides the two above)
 */
@ConfigurationProperties("cosell.rate-limits")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1000") int organizationBurst,
        @DefaultValue("100") double organizationPerSecond,
        @DefaultValue("500") int userBurst,
        @DefaultValue("50") double userPerSecond,
        @DefaultValue("30") int handshakeBurst,
        @DefaultValue("1") double handshakePerSecond) {

    RateLimitProperties {
        if (organizationBurst < 1
                || userBurst < 1
                || handshakeBurst < 1
                || organizationPerSecond <= 0
                || userPerSecond <= 0
                || handshakePerSecond <= 0) {
            throw new IllegalArgumentException("Every rate limit needs a burst of at least 1 and a positive rate.");
        }
    }
}
