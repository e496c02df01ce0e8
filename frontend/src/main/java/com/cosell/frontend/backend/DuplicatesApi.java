package com.cosell.frontend.backend;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.referral.Referral;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Duplicates and conflicts ({@code …/referrals/{id}/duplicates} and beside), as the signed-in user. */
@Component
public class DuplicatesApi {

    private static final String REFERRALS = "/v1.0/engagements/referrals";

    private final BackendClient backend;

    DuplicatesApi(BackendClient backend) {
        this.backend = backend;
    }

    record Deals(List<Deal> value) {}

    record Conflicts(List<DuplicateReport.Conflict> value) {}

    public DuplicateReport report(Authentication user, String referralId) {
        return backend.call(() -> backend.as(user)
                .build()
                .get()
                .uri(REFERRALS + "/{id}/duplicates", referralId)
                .retrieve()
                .body(DuplicateReport.class));
    }

    /** The organization's open deals on a customer not yet saved. */
    public List<Deal> candidates(Authentication user, String customerName, String country, @Nullable String duns) {
        Deals deals = backend.call(() -> backend.as(user)
                .build()
                .get()
                .uri(b -> {
                    b.path(REFERRALS + "/duplicate-candidates")
                            .queryParam("customerName", "{name}")
                            .queryParam("country", "{country}");
                    if (duns != null) {
                        b.queryParam("duns", "{duns}");
                    }
                    return b.build(
                            duns == null
                                    ? Map.of("name", customerName, "country", country)
                                    : Map.of("name", customerName, "country", country, "duns", duns));
                })
                .retrieve()
                .body(Deals.class));
        return deals == null ? List.of() : deals.value();
    }

    /** The vendor's copies among {@code ids} that another partner's copy conflicts with: id → those copies. */
    public Map<String, List<Deal>> conflicts(Authentication user, List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Conflicts found = backend.call(() -> backend.as(user)
                .build()
                .get()
                .uri(b -> b.path(REFERRALS + "/conflicts")
                        .queryParam("ids", String.join(",", ids))
                        .build())
                .retrieve()
                .body(Conflicts.class));
        Map<String, List<Deal>> result = new LinkedHashMap<>();
        if (found != null) {
            found.value().forEach(c -> result.put(c.id().toString(), c.conflictsWith()));
        }
        return result;
    }

    /** Closes the referral as a duplicate of {@code of}, with the eTag the user saw. */
    public Referral closeAsDuplicate(Authentication user, String referralId, String of, @Nullable String eTag) {
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(REFERRALS + "/{id}/close-as-duplicate", referralId)
                .headers(h -> {
                    if (eTag != null) {
                        h.set("If-Match", eTag);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("duplicateOf", of))
                .retrieve()
                .body(Referral.class));
    }

    /** Links the referral to another open deal of the organization as the same customer; the report after. */
    public DuplicateReport link(Authentication user, String referralId, String to) {
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(REFERRALS + "/{id}/links", referralId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("linkedTo", to))
                .retrieve()
                .body(DuplicateReport.class));
    }

    /** Removes the link between the referral and {@code other}, on both. */
    public void unlink(Authentication user, String referralId, String other) {
        backend.call(() -> backend.as(user)
                .build()
                .delete()
                .uri(REFERRALS + "/{id}/links/{other}", referralId, other)
                .retrieve()
                .toBodilessEntity());
    }
}
