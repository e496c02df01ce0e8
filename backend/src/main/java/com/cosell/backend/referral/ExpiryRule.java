package com.cosell.backend.referral;

import com.cosell.api.referral.Stage;
import com.cosell.backend.referral.domain.Decision;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.referral.domain.Transition;
import java.time.Instant;

/**
 * What expiring is, as the lifecycle decides it (its system-only branch), for the expiry job, which
 * applies it to whole batches at once: the stage a due referral leaves and the one it takes.
 */
public final class ExpiryRule {

    /** The stage referrals expire from, once their expiry has come. */
    public static final Stage FROM = Lifecycle.EXPIRES_FROM;

    /** The stage the system's expiry leaves them in. */
    public static final Stage TO = expiredStage();

    private ExpiryRule() {}

    private static Stage expiredStage() {
        Instant due = Instant.EPOCH;
        return switch (Lifecycle.decide(FROM, new Transition.Expire(), due, due, true)) {
            case Decision.Allowed allowed -> allowed.to();
            case Decision other ->
                throw new IllegalStateException(
                        "The lifecycle no longer lets the system expire " + FROM + ": " + other);
        };
    }
}
