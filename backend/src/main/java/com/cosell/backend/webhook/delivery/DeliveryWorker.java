package com.cosell.backend.webhook.delivery;

import com.cosell.backend.config.RepeatingJob;
import com.cosell.backend.webhook.WebhookProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers events to subscriptions. Each poll leases as many subscriptions as this instance has free
 * slots ({@code maxConcurrency}); each leased subscription is worked on by one pipeline at a time:
 * its API requests, then its events in (tx, seq) order, the next only once the one before was
 * delivered or failed for good. A retryable failure stops the subscription until its next attempt
 * time, so a slow or failing receiver holds only its own slot. A worker that dies keeps its leases
 * until they run out; another then resends the event it was sending (at least once).
 */
@Component
@ConditionalOnProperty(name = "cosell.webhooks.worker-enabled", havingValue = "true", matchIfMissing = true)
public class DeliveryWorker extends RepeatingJob<Integer> {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final SubscriptionDisabler disabler;
    private final WebhookProperties properties;
    private final RetryPolicy policy;
    private final Clock clock;
    private final JsonMapper json;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Sinks.Many<Claim> claims = Sinks.many().unicast().onBackpressureBuffer();
    private @Nullable Disposable working;

    DeliveryWorker(
            DeliveryStore store,
            WebhookSender sender,
            SubscriptionDisabler disabler,
            WebhookProperties properties,
            Clock clock,
            JsonMapper json) {
        this.store = store;
        this.sender = sender;
        this.disabler = disabler;
        this.properties = properties;
        this.policy = RetryPolicy.of(properties);
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected Duration interval() {
        return properties.pollInterval();
    }

    /** Leases due subscriptions for the free slots and hands them to the pipelines; emits how many. */
    @Override
    protected Mono<Integer> runOnce() {
        int free = properties.maxConcurrency() - inFlight.get();
        if (free <= 0) {
            return Mono.just(0);
        }
        Instant now = clock.instant();
        return store.claim(free, now, now.plus(properties.lease()))
                .doOnNext(c -> {
                    inFlight.incrementAndGet();
                    claims.emitNext(c, Sinks.EmitFailureHandler.FAIL_FAST); // runs never overlap: one emitter
                })
                .count()
                .map(Long::intValue);
    }

    @Override
    public void start() {
        working = claims.asFlux()
                .flatMap(this::work, Math.max(1, properties.maxConcurrency()))
                .subscribe();
        super.start();
    }

    /** Stops polling and sending; leases held are not handed back, exactly as if the instance died. */
    @Override
    public void stop() {
        super.stop();
        if (working != null) {
            working.dispose();
            working = null;
        }
    }

    private Mono<Void> work(Claim c) {
        AtomicBoolean more = new AtomicBoolean(); // stopped at eventsPerClaim: more may be waiting
        return store.requests(c.id(), 10)
                .concatMap(r -> request(c, r))
                .then(Mono.defer(() -> events(c, more)))
                .onErrorResume(e -> {
                    log.warn("Webhook {} delivery failed; retried after its lease", c.id(), e);
                    return Mono.empty();
                })
                .then(Mono.defer(() -> store.release(c)))
                .onErrorResume(e -> Mono.empty())
                .doFinally(signal -> {
                    inFlight.decrementAndGet();
                    if (more.get()) {
                        runSoon(); // claim it again now that its lease is handed back, not a poll later
                    }
                });
    }

    /** A test event or a redelivery: one attempt, logged, outside the ordered stream. */
    private Mono<Void> request(Claim c, DeliveryStore.Request r) {
        Instant now = clock.instant();
        Mono<Message> message = r.seq() == null
                ? Mono.just(testMessage(c, r, now))
                : store.event(c.organizationId(), r.seq()).map(e -> message(c, e, now));
        String kind = r.seq() == null ? "TEST" : "REDELIVERY";
        return message.flatMap(m -> sender.send(m)
                        .flatMap(a -> store.log(new DeliveryStore.Logged(
                                c.id(),
                                r.seq(),
                                m.type(),
                                kind,
                                1,
                                now,
                                a.verdict() == Attempt.Verdict.DELIVERED ? "SUCCEEDED" : "FAILED",
                                a,
                                null))))
                .then(store.done(r));
    }

    private Mono<Void> events(Claim c, AtomicBoolean more) {
        return c.nextAttemptAt().isAfter(clock.instant()) ? Mono.empty() : next(c, 0, more);
    }

    /** Sends events one after the other while the lease has room for another attempt. */
    private Mono<Void> next(Claim c, int sent, AtomicBoolean more) {
        if (sent >= properties.eventsPerClaim()
                || clock.instant().plus(properties.attemptBudget()).isAfter(c.leaseUntil())) {
            more.set(sent >= properties.eventsPerClaim());
            return Mono.empty();
        }
        return store.head(c).flatMap(e -> deliver(c, e)).flatMap(after -> next(after, sent + 1, more));
    }

    /** Emits the claim moved past the event, or nothing when this subscription is done for now. */
    private Mono<Claim> deliver(Claim c, LoggedEvent e) {
        Instant at = clock.instant();
        return sender.send(message(c, e, at)).flatMap(a -> switch (a.verdict()) {
            case DELIVERED -> moveOn(c, e, at, "SUCCEEDED", a);
            case FAIL -> moveOn(c, e, at, "FAILED", a);
            case RETRY -> retry(c, e, at, a).then(Mono.<Claim>empty());
        });
    }

    private Mono<Claim> moveOn(Claim c, LoggedEvent e, Instant at, String outcome, Attempt a) {
        return logged(c, e, at, outcome, a, null)
                .then(store.advance(c, e, clock.instant()))
                .flatMap(advanced -> advanced ? Mono.just(c.advancedTo(e)) : Mono.empty());
    }

    private Mono<Void> retry(Claim c, LoggedEvent e, Instant at, Attempt a) {
        int attempts = c.attempts() + 1;
        Instant since = c.failingSince() == null ? at : c.failingSince();
        Instant next = at.plus(policy.delay(attempts, a.retryAfter(), ThreadLocalRandom.current()));
        if (policy.exhausted(since, next)) {
            String reason = "Failing since " + since + " (" + attempts + " attempts; last: "
                    + (a.status() != null ? "HTTP " + a.status() : a.error()) + ")";
            return logged(c, e, at, "GAVE_UP", a, null).then(disabler.disable(c, attempts, since, reason, at));
        }
        return logged(c, e, at, "RETRYING", a, next)
                .then(store.retryLater(c, attempts, since, next))
                .then();
    }

    private Mono<Void> logged(Claim c, LoggedEvent e, Instant at, String outcome, Attempt a, @Nullable Instant next) {
        return store.log(
                new DeliveryStore.Logged(c.id(), e.seq(), e.type(), "EVENT", c.attempts() + 1, at, outcome, a, next));
    }

    private Message message(Claim c, LoggedEvent e, Instant now) {
        return new Message(
                c.url(), String.valueOf(e.seq()), e.type(), e.payload(json), c.secret(), c.previousSecretAt(now));
    }

    private Message testMessage(Claim c, DeliveryStore.Request r, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "test-" + r.id());
        body.put("type", "webhook-test");
        body.put("organizationId", c.organizationId());
        body.put("subscriptionId", c.id().toString());
        body.put("time", now.toString());
        return new Message(
                c.url(),
                "test-" + r.id(),
                "webhook-test",
                json.writeValueAsString(body),
                c.secret(),
                c.previousSecretAt(now));
    }
}
