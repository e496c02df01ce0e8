package com.cosell.backend.webhook;

import com.cosell.api.event.EventType;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.PageRequest;
import com.cosell.backend.webhook.address.InvalidTarget;
import com.cosell.backend.webhook.address.TargetGuard;
import com.cosell.backend.webhook.delivery.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The webhook API's rules: only an organization's admins manage its subscriptions, and another
 * organization's subscription does not exist for them (404). Input errors name their field.
 */
@Service
class WebhookService {

    static final int MAX_DESCRIPTION = 500;
    static final Set<String> EVENT_TYPES = Set.copyOf(
            Arrays.stream(EventType.values()).map(EventType::wireName).toList());

    private final AccessControl access;
    private final SubscriptionStore store;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookService(
            AccessControl access,
            SubscriptionStore store,
            TargetGuard guard,
            WebhookProperties properties,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    Flux<Subscription> list(Caller caller) {
        return admin(caller).flatMapMany(org -> store.list(org));
    }

    Mono<Subscription> get(Caller caller, UUID id) {
        return admin(caller).flatMap(org -> found(store.get(org, id), id));
    }

    /** Creates a subscription; the answer is the only time its secret is shown. */
    Mono<Subscription.WithSecret> create(Caller caller, Inputs.SubscriptionInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.url() == null) {
            errors.add(new FieldError("url", "is required."));
        }
        if (in.eventTypes() == null) {
            errors.add(new FieldError("eventTypes", "is required."));
        }
        return admin(caller)
                .flatMap(org -> validated(in, errors).flatMap(types -> {
                    String secret = Signature.newSecret();
                    return store.insert(
                                    org,
                                    UUID.randomUUID(),
                                    in.url(),
                                    types.orElseThrow(),
                                    in.description(),
                                    in.enabled() == null || in.enabled(),
                                    secret,
                                    clock.instant())
                            .map(s -> new Subscription.WithSecret(s, secret));
                }));
    }

    Mono<Subscription> update(Caller caller, UUID id, Inputs.SubscriptionInput in, boolean clearDescription) {
        return admin(caller)
                .flatMap(org -> validated(in, new ArrayList<>())
                        .flatMap(types -> found(
                                store.update(
                                        org,
                                        id,
                                        in.url(),
                                        types.orElse(null),
                                        in.description(),
                                        clearDescription,
                                        in.enabled(),
                                        clock.instant()),
                                id)));
    }

    Mono<Void> delete(Caller caller, UUID id) {
        return admin(caller)
                .flatMap(org -> store.delete(org, id))
                .flatMap(found -> found ? Mono.<Void>empty() : Mono.error(notFound(id)));
    }

    /** A new secret, shown once; the old one keeps signing (as a second signature) for the grace period. */
    Mono<Subscription.WithSecret> rotate(Caller caller, UUID id) {
        String secret = Signature.newSecret();
        return admin(caller)
                .flatMap(org -> found(
                        store.rotate(org, id, secret, clock.instant().plus(properties.secretGrace()), clock.instant()),
                        id))
                .map(s -> new Subscription.WithSecret(s, secret));
    }

    Mono<Inputs.DeliveryPage> deliveries(Caller caller, UUID id, PageRequest asked, String path) {
        return admin(caller)
                .flatMap(org -> found(store.get(org, id), id)
                        .flatMap(s -> store.deliveries(org, id, asked.size() + 1, asked.from())
                                .collectList())
                        .map(rows -> {
                            boolean more = rows.size() > asked.size();
                            return new Inputs.DeliveryPage(
                                    more ? rows.subList(0, asked.size()) : rows, more ? path + asked.next() : null);
                        }));
    }

    Mono<Inputs.Accepted> test(Caller caller, UUID id) {
        return admin(caller).flatMap(org -> queue(org, id, null));
    }

    Mono<Inputs.Accepted> redeliver(Caller caller, UUID id, Inputs.Redelivery in) {
        return admin(caller).flatMap(org -> {
            if ((in.seq() == null) == (in.deliveryId() == null)) {
                return Mono.error(
                        ApiProblems.invalid(List.of(new FieldError("seq", "give either seq or deliveryId."))));
            }
            if (in.deliveryId() != null) {
                return store.deliveredSeq(org, id, in.deliveryId())
                        .switchIfEmpty(Mono.error(ApiProblems.notFound("Delivery " + in.deliveryId())))
                        .flatMap(seq -> queue(org, id, seq == 0 ? null : seq));
            }
            return store.hasEvent(org, in.seq())
                    .flatMap(exists -> exists
                            ? queue(org, id, in.seq())
                            : Mono.error(ApiProblems.notFound("Event " + in.seq() + " of your organization")));
        });
    }

    Mono<Void> replay(Caller caller, UUID id, Inputs.Replay in) {
        return admin(caller).flatMap(org -> {
            if (in.fromSeq() == null || in.fromSeq() < 1) {
                return Mono.error(ApiProblems.invalid(List.of(new FieldError("fromSeq", "must be 1 or more."))));
            }
            return found(store.get(org, id), id)
                    .flatMap(s -> store.replay(org, id, in.fromSeq(), clock.instant()))
                    .flatMap(replayed -> replayed
                            ? Mono.<Void>empty()
                            : Mono.error(ApiProblems.invalid(List.of(new FieldError(
                                    "fromSeq",
                                    "no event of your organization has sequence " + in.fromSeq() + " or later.")))));
        });
    }

    private Mono<Inputs.Accepted> queue(String org, UUID id, @Nullable Long seq) {
        UUID request = UUID.randomUUID();
        return store.request(org, id, request, seq, clock.instant())
                .flatMap(found -> found ? Mono.just(new Inputs.Accepted(request)) : Mono.error(notFound(id)));
    }

    /**
     * Checks the fields present; emits the event types (deduplicated, in order) if given. The URL's
     * host is resolved only once everything else is valid, and its addresses checked.
     */
    private Mono<Optional<List<String>>> validated(Inputs.SubscriptionInput in, List<FieldError> errors) {
        List<String> types = null; // absent: unchanged
        if (in.eventTypes() != null) {
            types = List.copyOf(new LinkedHashSet<>(in.eventTypes()));
            List<String> unknown =
                    types.stream().filter(t -> !EVENT_TYPES.contains(t)).toList();
            if (types.isEmpty()) {
                errors.add(new FieldError("eventTypes", "must name at least one event type."));
            } else if (!unknown.isEmpty()) {
                errors.add(new FieldError(
                        "eventTypes",
                        "unknown " + unknown + "; one of "
                                + EVENT_TYPES.stream().sorted().toList() + "."));
            }
        }
        if (in.description() != null && in.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters."));
        }
        if (in.url() != null) {
            try {
                guard.parse(in.url());
            } catch (InvalidTarget e) {
                errors.add(new FieldError("url", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return Mono.error(ApiProblems.invalid(errors));
        }
        Mono<?> addresses = in.url() == null
                ? Mono.empty()
                : guard.check(in.url())
                        .onErrorMap(
                                InvalidTarget.class,
                                e -> ApiProblems.invalid(List.of(new FieldError("url", e.getMessage()))));
        return addresses.then(Mono.just(Optional.ofNullable(types)));
    }

    private Mono<String> admin(Caller caller) {
        return access.require(caller, Permission.ORGANIZATION_ADMIN).map(Actor::organizationId);
    }

    private static <T> Mono<T> found(Mono<T> row, UUID id) {
        return row.switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    private static RuntimeException notFound(UUID id) {
        return ApiProblems.notFound("Webhook subscription " + id);
    }
}
