package com.cosell.backend.referral.validation;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.Actor;
import com.cosell.backend.catalogue.SolutionCatalogue;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Fills each chosen solution's name and kind from the catalogue; unknown ones are errors. */
@Component
public class SolutionResolver {

    private final SolutionCatalogue solutions;

    SolutionResolver(SolutionCatalogue solutions) {
        this.solutions = solutions;
    }

    public Mono<Optional<Referral.Details>> resolve(Actor actor, Referral.@Nullable Details details) {
        if (details == null
                || details.requirements() == null
                || details.requirements().solutions() == null) {
            return Mono.just(Optional.ofNullable(details));
        }
        Referral.Requirements requirements = details.requirements();
        List<Referral.SolutionRef> chosen = requirements.solutions();
        List<@Nullable UUID> ids =
                chosen.stream().map(s -> s == null ? null : s.id()).toList();
        return solutions
                .find(
                        actor.organizationId(),
                        ids.stream().filter(Objects::nonNull).toList())
                .collectMap(Solution::id)
                .flatMap(found -> {
                    List<FieldError> errors = new ArrayList<>();
                    List<Referral.SolutionRef> resolved = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        Solution s = ids.get(i) == null ? null : found.get(ids.get(i));
                        if (s == null) {
                            errors.add(new FieldError(
                                    "details/requirements/solutions/" + i + "/id",
                                    "Not a solution of the catalogue you can use."));
                        } else {
                            resolved.add(new Referral.SolutionRef(s.id(), s.name(), s.type()));
                        }
                    }
                    return errors.isEmpty()
                            ? Mono.just(Optional.of(new Referral.Details(
                                    details.notes(),
                                    details.dealValue(),
                                    details.currency(),
                                    details.closingDateTime(),
                                    new Referral.Requirements(
                                            resolved,
                                            requirements.industries(),
                                            requirements.products(),
                                            requirements.services(),
                                            requirements.offers(),
                                            requirements.additionalRequirements()),
                                    details.customerAction(),
                                    details.customerRequestedContact())))
                            : Mono.error(ApiProblems.invalid(errors));
                });
    }
}
