package com.cosell.backend.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expiry how long a received referral waits for an answer before it expires (ISO-8601, e.g.
 *               {@code P14D}; tests and demos use seconds such as {@code PT30S})
 * @param tallyFold how often the per-stage counts' deltas are folded into one row per stage
 */
@ConfigurationProperties("cosell.referrals")
public record ReferralProperties(
        @DefaultValue("P14D") Duration expiry,
        @DefaultValue("PT30S") Duration tallyFold) {}
