package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;

/** A referral as one user sees it (their favourite, the eTag, links), with the eTag for the header. */
public record ReferralView(Referral referral, String eTag) {}
