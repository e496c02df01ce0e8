package com.cosell.backend.webhook.delivery;

import com.cosell.backend.event.EventLog;
import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.notification.Notifier;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Disables a subscription that failed past the retry window and tells its organization, in one
 * transaction: the notification (and its {@code notification-created} event) exists exactly when the
 * subscription was disabled. Its {@code referralName} carries the webhook's name, which the
 * notification shows.
 */
@Component
class SubscriptionDisabler {

    static final String ACTOR = "Co-sell";

    private final DeliveryStore store;
    private final Notifier notifier;
    private final EventLog events;
    private final TransactionalOperator tx;

    SubscriptionDisabler(DeliveryStore store, Notifier notifier, EventLog events, TransactionalOperator tx) {
        this.store = store;
        this.notifier = notifier;
        this.events = events;
        this.tx = tx;
    }

    Mono<Void> disable(Claim c, int attempts, Instant failingSince, String reason, Instant now) {
        return tx.transactional(store.disable(c, attempts, failingSince, reason, now)
                .flatMap(name -> notifier.notify(new Notifier.Draft(
                        c.organizationId(),
                        NotificationKind.WEBHOOK_DISABLED,
                        null,
                        name,
                        null,
                        reason,
                        null,
                        ACTOR,
                        now)))
                .flatMap(events::append)
                .then());
    }
}
