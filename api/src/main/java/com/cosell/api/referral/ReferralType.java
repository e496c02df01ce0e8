package com.cosell.api.referral;

/** {@code Independent}: the partner's private pipeline. {@code Shared}: co-sell with the vendor. */
public enum ReferralType {
    Independent,
    Shared
}
