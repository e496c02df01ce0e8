package com.cosell.frontend.backend;

import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Owners and routing, as the signed-in user: the organization's people who may own referrals
 * ({@code /v1.0/people}), a referral's owner ({@code …/referrals/{id}/owner}) and the routing rules
 * ({@code /v1.0/routing-rules}, the organization admin's).
 */
@Component
public class OwnersApi {

    private static final String OWNER = "/v1.0/engagements/referrals/{id}/owner";
    private static final String RULES = "/v1.0/routing-rules";

    private final BackendClient backend;

    OwnersApi(BackendClient backend) {
        this.backend = backend;
    }

    /** A list answer, {@code {value: […]}}. */
    public record Page<T>(List<T> value) {}

    /**
     * A routing rule as the backend shows it: {@code countries} empty for any; {@code shadowedBy}
     * names the rule that matches first.
     */
    public record RoutingRule(
            String id,
            int precedence,
            List<String> countries,
            @Nullable String solutionId,
            @Nullable String solutionName,
            List<Owner> owners,
            @Nullable String shadowedBy) {}

    /** A rule as written, with the conflict check's warnings. */
    public record Written(RoutingRule rule, List<String> warnings) {}

    public List<Owner> people(Authentication user) {
        return backend.call(() -> backend.as(user)
                        .build()
                        .get()
                        .uri("/v1.0/people")
                        .retrieve()
                        .body(new org.springframework.core.ParameterizedTypeReference<Page<Owner>>() {}))
                .value();
    }

    /** Assigns the referral to {@code personId}, or leaves it unassigned when null; answers the referral. */
    public Referral assign(Authentication user, String referralId, @Nullable String personId) {
        return backend.call(() -> personId == null
                ? backend.as(user)
                        .build()
                        .delete()
                        .uri(OWNER, referralId)
                        .retrieve()
                        .body(Referral.class)
                : backend.as(user)
                        .build()
                        .put()
                        .uri(OWNER, referralId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("id", personId))
                        .retrieve()
                        .body(Referral.class));
    }

    public List<RoutingRule> rules(Authentication user) {
        return backend.call(() -> backend.as(user)
                        .build()
                        .get()
                        .uri(RULES)
                        .retrieve()
                        .body(new org.springframework.core.ParameterizedTypeReference<Page<RoutingRule>>() {}))
                .value();
    }

    public Written addRule(
            Authentication user,
            @Nullable Integer precedence,
            List<String> countries,
            @Nullable String solutionId,
            List<String> owners) {
        Map<String, Object> body = new HashMap<>();
        body.put("precedence", precedence);
        body.put("countries", countries.isEmpty() ? null : countries);
        body.put("solutionId", solutionId);
        body.put("owners", owners);
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(RULES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Written.class));
    }

    public void deleteRule(Authentication user, String id) {
        backend.call(() -> backend.as(user)
                .build()
                .delete()
                .uri(RULES + "/{id}", id)
                .retrieve()
                .toBodilessEntity());
    }
}
