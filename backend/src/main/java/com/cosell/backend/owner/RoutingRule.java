package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule of an organization: a new inbound referral whose customer is in one of
 * {@code countries} (a region; empty: any) and that names {@code solutionId} (absent: any) goes to
 * {@code owners} — one owner, or
 * several in turn. The lowest {@code precedence} that matches wins; {@code shadowedBy} names a rule
 * of lower precedence number that matches everything this one does, so this one never applies.
 */
record RoutingRule(
        UUID id,
        int precedence,
        List<String> countries,
        @Nullable UUID solutionId,
        @Nullable String solutionName,
        List<Owner> owners,
        @Nullable UUID shadowedBy) {

    /** Whether every referral this rule matches is matched by {@code other} first. */
    boolean shadowedBy(RoutingRule other) {
        return other.precedence < precedence
                && (other.countries.isEmpty() || (!countries.isEmpty() && other.countries.containsAll(countries)))
                && (other.solutionId == null || other.solutionId.equals(solutionId));
    }

    RoutingRule withShadow(@Nullable UUID by) {
        return new RoutingRule(id, precedence, countries, solutionId, solutionName, owners, by);
    }
}
