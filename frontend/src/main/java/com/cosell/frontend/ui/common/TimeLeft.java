package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "3 days left" before a received referral expires: the partner's cue to answer. */
public final class TimeLeft {

    private TimeLeft() {}

    public static String text(Component c, @Nullable Instant expiry, Instant now) {
        if (expiry == null) {
            return "";
        }
        Duration left = Duration.between(now, expiry);
        if (left.isNegative() || left.isZero()) {
            return c.getTranslation("time-left.none");
        }
        if (left.toDays() >= 1) {
            return c.getTranslation("time-left.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return c.getTranslation("time-left.hours", left.toHours());
        }
        return c.getTranslation("time-left.minutes", Math.max(1, left.toMinutes()));
    }
}
