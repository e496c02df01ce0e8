package com.cosell.backend.referral.domain;

/** {@code Independent}: the partner's private pipeline. {@code Shared}: co-sell with the vendor. */
public enum ReferralType { Independent, Shared }
