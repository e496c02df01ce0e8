package com.cosell.backend.referral.domain;

import com.cosell.api.referral.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A move from one stage to another, with what that move requires. */
public sealed interface Transition {

    Stage target();

    /** Take the referral on: the deal as the partner sees it. */
    record Accept(
            @Nullable String dealName,
            @Nullable BigDecimal dealValue,
            @Nullable String currency,
            @Nullable Instant closingDateTime)
            implements Transition {
        public Stage target() {
            return Stage.ACCEPTED;
        }
    }

    /** Turn the referral down: the sender is told why. */
    record Decline(@Nullable String reason, @Nullable String notes) implements Transition {
        public Stage target() {
            return Stage.DECLINED;
        }
    }

    /** Nobody answered in time: only the system does this. */
    record Expire() implements Transition {
        public Stage target() {
            return Stage.EXPIRED;
        }
    }

    record Win() implements Transition {
        public Stage target() {
            return Stage.WON;
        }
    }

    record Lose(@Nullable String reason, @Nullable String notes) implements Transition {
        public Stage target() {
            return Stage.LOST;
        }
    }
}
