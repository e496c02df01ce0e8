package com.cosell.backend.referral.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reasons the workspace offers for declining a referral (the reasons of Partner Center's bulk
 * CSV document) and for losing a deal — two lists: spam or "not a customer" is a reason to decline,
 * never how a deal was lost. An API client may give its own words instead.
 */
public enum CloseReason {
    BudgetInsufficient(true, true),
    CustomerUnresponsive(true, true),
    CustomerChoseAnotherVendor(true, true),
    RequirementsNotMet(true, true),
    NotACustomer(true, false),
    TimelineTooShort(true, false),
    SpamOrAbuse(true, false),
    ProjectCancelledOrDelayed(false, true),
    /**
     * Closed as the duplicate of another open deal of the organization, with the link kept: given by
     * "close as duplicate", not offered among the reasons a person picks (that would leave no link).
     */
    Duplicate(false, false),
    Other(true, true);

    private final boolean decline;
    private final boolean lost;

    CloseReason(boolean decline, boolean lost) {
        this.decline = decline;
        this.lost = lost;
    }

    public static Optional<CloseReason> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    public static List<String> declineNames() {
        return Arrays.stream(values()).filter(r -> r.decline).map(Enum::name).toList();
    }

    public static List<String> lostNames() {
        return Arrays.stream(values()).filter(r -> r.lost).map(Enum::name).toList();
    }
}
