package com.cosell.backend.webhook.delivery;

import com.cosell.backend.webhook.WebhookProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the bench's webhook section: a delivery worker made of the running backend's own beans with
 * another poll interval, as {@code WebhookDeliveryTest} makes its workers. It sits in the worker's
 * package because the worker's parts are package-private; the bench's backend runs with
 * {@code cosell.webhooks.worker-enabled=false}, so this is the only worker sending.
 */
public final class BenchWorkers {

    private BenchWorkers() {}

    /** A started worker: the backend's webhook settings with {@code pollInterval}; stop it when done. */
    public static DeliveryWorker start(Function<Class<?>, Object> beans, Duration pollInterval) {
        WebhookProperties p = (WebhookProperties) beans.apply(WebhookProperties.class);
        WebhookProperties q = p.polling(pollInterval, p.eventsPerClaim());
        DeliveryWorker worker = new DeliveryWorker(
                (DeliveryStore) beans.apply(DeliveryStore.class),
                (WebhookSender) beans.apply(WebhookSender.class),
                (SubscriptionDisabler) beans.apply(SubscriptionDisabler.class),
                q,
                (Clock) beans.apply(Clock.class),
                (JsonMapper) beans.apply(JsonMapper.class));
        worker.start();
        return worker;
    }
}
