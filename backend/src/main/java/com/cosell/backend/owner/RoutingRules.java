package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * An organization's routing rules, managed by its admin (MPN admin; vendor admin). The conflict
 * check: a precedence is taken once (two rules with one precedence would be ambiguous; the unique
 * key holds it when two admins race), and a rule that a rule applied before it matches in full
 * never applies: it is kept, and shown with a warning naming that rule.
 */
@Service
class RoutingRules {

    private final RoutingStore store;
    private final People people;
    private final AccessControl access;
    private final Clock clock;

    RoutingRules(RoutingStore store, People people, AccessControl access, Clock clock) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** The rules, each marked with the rule that shadows it, if one does. */
    record Rules(List<RoutingRule> value) {}

    /** A rule as written, with what the conflict check found (empty: no warning). */
    record Written(RoutingRule rule, List<String> warnings) {}

    Mono<Rules> list(Caller caller) {
        return admin(caller).flatMap(actor -> rules(actor)).map(Rules::new);
    }

    Mono<Written> create(Caller caller, RoutingInput input) {
        return admin(caller).flatMap(actor -> {
            RoutingStore.Input rule = input.checked();
            UUID id = UUID.randomUUID();
            return check(actor, rule, null)
                    .then(store.insert(actor.organizationId(), id, rule, clock.instant()))
                    .onErrorMap(DataIntegrityViolationException.class, e -> taken(rule.precedence()))
                    .then(written(actor, id));
        });
    }

    Mono<Written> replace(Caller caller, UUID id, RoutingInput input) {
        return admin(caller).flatMap(actor -> {
            RoutingStore.Input rule = input.checked();
            return check(actor, rule, id)
                    .then(store.update(actor.organizationId(), id, rule))
                    .onErrorMap(DataIntegrityViolationException.class, e -> taken(rule.precedence()))
                    .flatMap(found -> found ? written(actor, id) : Mono.error(notFound(id)));
        });
    }

    Mono<Void> delete(Caller caller, UUID id) {
        return admin(caller)
                .flatMap(actor -> store.delete(actor.organizationId(), id))
                .flatMap(found -> found ? Mono.<Void>empty() : Mono.error(notFound(id)));
    }

    private Mono<Actor> admin(Caller caller) {
        return access.require(caller, Permission.ORGANIZATION_ADMIN);
    }

    /** Owners of the organization, a known solution, a free precedence (but the rule's own). */
    private Mono<Void> check(Actor actor, RoutingStore.Input rule, @org.jspecify.annotations.Nullable UUID self) {
        Mono<Set<String>> known =
                people.among(actor.organization(), rule.owners()).map(Owner::id).collect(Collectors.toSet());
        Mono<Boolean> solution = rule.solutionId() == null ? Mono.just(true) : store.solutionExists(rule.solutionId());
        return Mono.zip(known, solution, store.list(actor.organizationId()).collectList())
                .flatMap(t -> {
                    List<FieldError> errors = new ArrayList<>();
                    for (int i = 0; i < rule.owners().size(); i++) {
                        if (!t.getT1().contains(rule.owners().get(i))) {
                            errors.add(new FieldError(
                                    "owners/" + i,
                                    "'" + rule.owners().get(i) + "' is not one of "
                                            + actor.organization().name()
                                            + "'s people who work referrals (GET /v1.0/people)."));
                        }
                    }
                    if (!t.getT2()) {
                        errors.add(new FieldError("solutionId", "no solution has the id " + rule.solutionId() + "."));
                    }
                    if (!errors.isEmpty()) {
                        return Mono.error(ApiProblems.invalid(errors));
                    }
                    boolean taken = t.getT3().stream()
                            .anyMatch(r -> r.precedence() == rule.precedence() && !r.id().equals(self));
                    return taken ? Mono.error(taken(rule.precedence())) : Mono.empty();
                });
    }

    private Mono<Written> written(Actor actor, UUID id) {
        return rules(actor).map(all -> {
            RoutingRule rule =
                    all.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            List<String> warnings = new ArrayList<>();
            if (rule.shadowedBy() != null) {
                all.stream()
                        .filter(r -> r.id().equals(rule.shadowedBy()))
                        .findFirst()
                        .ifPresent(by -> warnings.add("Never applies: rule " + by.precedence() + " (" + describe(by)
                                + ") is applied first and matches every referral this one does."));
            }
            all.stream()
                    .filter(r -> r.shadowedBy() != null && r.shadowedBy().equals(id))
                    .forEach(r -> warnings.add("Rule " + r.precedence() + " (" + describe(r)
                            + ") never applies now: this rule matches every referral it does, first."));
            return new Written(rule, warnings);
        });
    }

    /** The rules by precedence, each with the first rule before it that matches all it does. */
    private Mono<List<RoutingRule>> rules(Actor actor) {
        return store.list(actor.organizationId())
                .collectList()
                .map(all -> all.stream()
                        .map(r -> r.withShadow(all.stream()
                                .filter(r::shadowedBy)
                                .map(RoutingRule::id)
                                .findFirst()
                                .orElse(null)))
                        .toList());
    }

    private static String describe(RoutingRule r) {
        return (r.countries().isEmpty() ? "any country" : String.join(", ", r.countries())) + " × "
                + (r.solutionName() != null
                        ? r.solutionName()
                        : r.solutionId() == null ? "any solution" : r.solutionId());
    }

    private static RuntimeException taken(int precedence) {
        return ApiProblems.conflict(
                "Precedence " + precedence + " is already taken by another rule: two rules with one precedence "
                        + "would be ambiguous; choose another number.",
                List.of());
    }

    private static RuntimeException notFound(UUID id) {
        return ApiProblems.notFound("Routing rule " + id);
    }
}
