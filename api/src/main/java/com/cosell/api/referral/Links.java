package com.cosell.api.referral;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Referral}'s {@code links}, added on reading. {@code relatedReferrals}: the referrals of this
 * engagement the caller's organization holds.
 */
public record Links(@Nullable Link self, @Nullable Link relatedReferrals) {

    public record Link(String uri, String method) {}
}
