package com.cosell.api.duplicate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the caller's organization knows of a referral's duplicates.
 *
 * @param duplicateOf the deal this referral was closed as a duplicate of
 * @param duplicates  the referrals closed as duplicates of this one
 * @param linked      the organization's deals linked to this one as the same customer, neither closed by it
 * @param candidates  while it is open: the organization's other open deals on the same customer, not
 *                    yet linked to it
 * @param conflicts   the vendor's only (absent for a partner): its other open copies on the same
 *                    customer that another partner works
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DuplicateReport(
        @Nullable Deal duplicateOf,
        List<Deal> duplicates,
        List<Deal> linked,
        List<Deal> candidates,
        @Nullable List<Deal> conflicts) {

    /** Nothing known: the panel shows nothing. */
    public static final DuplicateReport NONE = new DuplicateReport(null, List.of(), List.of(), List.of(), null);

    /** One of the vendor's copies and the other copies on the same customer that another partner works. */
    public record Conflict(java.util.UUID id, List<Deal> conflictsWith) {}
}
