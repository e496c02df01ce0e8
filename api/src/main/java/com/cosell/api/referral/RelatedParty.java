package com.cosell.api.referral;

import org.jspecify.annotations.Nullable;

/**
 * Another party's referral in the same engagement (a {@link Referral}'s {@code relatedParties}, Co-sell's
 * own, added on reading): only who it is and where it stands.
 */
public record RelatedParty(
        String organizationId,
        String organizationName,
        Status status,
        Substatus substatus,
        @Nullable String statusReason) {

    public @Nullable Stage stage() {
        return Stage.of(status, substatus).orElse(null);
    }
}
