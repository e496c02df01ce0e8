package com.cosell.backend.referral;

import com.cosell.backend.referral.domain.CloseReason;

/** The close reasons other modules name; the list itself is {@link CloseReason}'s. */
public final class CloseReasons {

    /** Closed as the duplicate of another open deal of the organization (the duplicate module's). */
    public static final String DUPLICATE = CloseReason.Duplicate.name();

    private CloseReasons() {}
}
