package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule of an organization: a new inbound referral whose customer is in {@code country}
 * and that names {@code solutionId} (either absent: any) goes to {@code owners} — one owner, or
 * several in turn. The lowest {@code precedence} that matches wins; {@code shadowedBy} names a rule
 * of lower precedence number that matches everything this one does, so this one never applies.
 */
record RoutingRule(
        UUID id,
        int precedence,
        @Nullable String country,
        @Nullable UUID solutionId,
        @Nullable String solutionName,
        List<Owner> owners,
        @Nullable UUID shadowedBy) {

    /** Whether every referral this rule matches is matched by {@code other} first. */
    boolean shadowedBy(RoutingRule other) {
        return other.precedence < precedence
                && (other.country == null || other.country.equals(country))
                && (other.solutionId == null || other.solutionId.equals(solutionId));
    }

    RoutingRule withShadow(@Nullable UUID by) {
        return new RoutingRule(id, precedence, country, solutionId, solutionName, owners, by);
    }
}
