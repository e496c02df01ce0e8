package com.cosell.api.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The customer of a {@link Referral}, with its address, its ids and its people. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerProfile(
        @Nullable String name,
        @Nullable String size,
        @Nullable Address address,
        @Nullable List<CustomerId> ids,
        @Nullable List<Referral.Member> team) {

    public @Nullable String duns() {
        return ids == null
                ? null
                : ids.stream()
                        .filter(i -> "Duns".equals(i.profileType()))
                        .map(CustomerId::id)
                        .findFirst()
                        .orElse(null);
    }

    public List<Referral.Member> teamOrEmpty() {
        return team == null ? List.of() : team;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(
            @Nullable String addressLine1,
            @Nullable String addressLine2,
            @Nullable String city,
            @Nullable String state,
            @Nullable String postalCode,
            @Nullable String country,
            @Nullable String region) {}

    /** {@code profileType}: {@code Duns} or {@code External}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerId(
            @Nullable String profileType, @Nullable String id) {}
}
