package com.cosell.backend.identity;

import java.util.Optional;

/** The roles Co-sell knows. Role claim values outside this list are ignored, never trusted. */
public enum Role {
    /** Partner organization administrator: everything a referral admin can do, plus settings. */
    MPN_ADMIN,
    /** Partner user who works referrals: create, accept, decline, close. */
    REFERRAL_ADMIN,
    /** Vendor seller: sends referrals to partners, engages on partners' requests for help. */
    SELLER,
    /** Vendor organization administrator: members and integration settings, not referral work. */
    VENDOR_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
