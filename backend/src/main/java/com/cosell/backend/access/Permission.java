package com.cosell.backend.access;

/** What a call needs; {@link AccessControl} decides from the caller's roles and organization kind. */
public enum Permission {
    /** Read the organization's referrals, notifications and audit: any Co-sell role. */
    READ,
    /** Create, accept, decline, edit, close, share, register: MPN or referral admin of a partner. */
    PARTNER_WORK,
    /** Engage or decline requests for help, review registrations: a vendor seller. */
    SELLER_WORK,
    /** Send a referral to partners (inviting them to an engagement): a partner's admins, or a vendor seller. */
    SEND_REFERRALS,
    /** The organization's members and integration settings: MPN admin of a partner, vendor admin of the vendor. */
    ORGANIZATION_ADMIN
}
