package com.cosell.frontend.ui.cosell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A burst announces a few changes, not a wall of toasts: at most {@link #TOASTS} per {@link
 * #WINDOW}, however the burst arrives (the first change of one comes on its own).
 */
final class ToastBudget {

    private static final int TOASTS = 3;
    private static final Duration WINDOW = Duration.ofSeconds(5);

    private final Clock clock;
    private @Nullable Instant windowStart;
    private int shown;

    ToastBudget(Clock clock) {
        this.clock = clock;
    }

    boolean mayShow() {
        Instant now = clock.instant();
        if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            shown = 0;
        }
        return shown < TOASTS;
    }

    void shown() {
        shown++;
    }
}
