package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** "3 days left" before a received referral expires: the partner's cue to answer. */
public final class TimeLeft {

    private TimeLeft() {}

    public static String text(Component c, @Nullable Instant expiry, Instant now) {
        return text(c, expiry, now, "time-left.");
    }

    /**
     * "3 days", "23 hours", "5 min": under the list's "Time left" header, which says the rest, in a
     * column narrow enough to leave the names their room.
     */
    public static String compact(Component c, @Nullable Instant expiry, Instant now) {
        return text(c, expiry, now, "time-left.compact.");
    }

    private static String text(Component c, @Nullable Instant expiry, Instant now, String keys) {
        if (expiry == null) {
            return "";
        }
        Duration left = Duration.between(now, expiry);
        if (left.isNegative() || left.isZero()) {
            return c.getTranslation("time-left.none");
        }
        if (left.toDays() >= 1) {
            return c.getTranslation(keys + "days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return c.getTranslation(keys + "hours", left.toHours());
        }
        return c.getTranslation(keys + "minutes", Math.max(1, left.toMinutes()));
    }
}
