package com.cosell.backend.webhook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A lease too short for one attempt would leave every webhook silent: the setting is refused. */
class WebhookPropertiesTest {

    private static WebhookProperties withLease(Duration lease) {
        return new WebhookProperties(
                true,
                Duration.ofSeconds(1),
                lease,
                32,
                100,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                16384,
                false,
                false,
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                Duration.ofDays(1),
                Duration.ofDays(1),
                Duration.ofDays(30),
                Duration.ofHours(1));
    }

    @Test
    void aLeaseShorterThanOneAttemptIsRefusedSayingWhy() {
        assertThatThrownBy(() -> withLease(Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WEBHOOKS_LEASE")
                .hasMessageContaining("PT17S");
        withLease(Duration.ofSeconds(18)); // longer than the 17 s budget: fine
    }
}
