package com.cosell.backend.webhook.delivery;

import com.cosell.backend.config.RepeatingJob;
import com.cosell.backend.webhook.WebhookProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Deletes delivery log rows older than the retention; harmless on every instance at once. */
@Component
class DeliveryLogPurge extends RepeatingJob<Long> {

    private final DeliveryStore store;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliveryLogPurge(DeliveryStore store, WebhookProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected Mono<Long> runOnce() {
        return store.purge(clock.instant().minus(properties.deliveryRetention()));
    }

    @Override
    protected Duration interval() {
        return properties.purgeInterval();
    }
}
