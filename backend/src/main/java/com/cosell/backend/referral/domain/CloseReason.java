package com.cosell.backend.referral.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Why a referral was declined or lost (the reasons of Partner Center's bulk CSV document). */
public enum CloseReason {
    BudgetInsufficient, CustomerUnresponsive, CustomerChoseAnotherVendor, RequirementsNotMet,
    NotACustomer, TimelineTooShort, SpamOrAbuse, Other;

    public static Optional<CloseReason> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
