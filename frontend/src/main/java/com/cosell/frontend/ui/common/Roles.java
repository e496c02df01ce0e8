package com.cosell.frontend.ui.common;

import com.cosell.frontend.backend.Me;

/** What the signed-in user's organization kind and roles let them do. */
public final class Roles {

    private Roles() {}

    /** MPN or referral admins of a partner organization: create deals, answer referrals. */
    public static boolean isPartnerAdmin(Me me) {
        return "PARTNER".equals(me.organization().kind())
                && (me.roles().contains("MPN_ADMIN") || me.roles().contains("REFERRAL_ADMIN"));
    }

    /** The vendor's sellers: send referrals, engage on partners' requests for help. */
    public static boolean isSeller(Me me) {
        return "VENDOR".equals(me.organization().kind()) && me.roles().contains("SELLER");
    }

    /** Who manages the organization's members and settings: an MPN admin, or the vendor's admin. */
    public static boolean isOrganizationAdmin(Me me) {
        return "PARTNER".equals(me.organization().kind())
                ? me.roles().contains("MPN_ADMIN")
                : me.roles().contains("VENDOR_ADMIN");
    }
}
