package com.cosell.backend.reminder;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled       whether this instance runs the job (all may: reminders are claimed once in the database)
 * @param interval      how often it looks for due reminders
 * @param beforeExpiry  remind this long before a received referral expires, once per step
 * @param escalateAfter a received referral still unanswered (and without an owner) this long after it arrived
 *                      is escalated to the organization's admins, once
 * @param staleAfter    an accepted deal unchanged this long raises a stale alert, once per version
 * @param batchSize     referrals claimed per transaction
 */
@ConfigurationProperties("cosell.reminders")
record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT5M") Duration interval,
        @DefaultValue({"P7D", "P2D", "P1D"}) List<Duration> beforeExpiry,
        @DefaultValue("P3D") Duration escalateAfter,
        @DefaultValue("P30D") Duration staleAfter,
        @DefaultValue("500") int batchSize) {

    ReminderProperties {
        if (beforeExpiry.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("cosell.reminders.before-expiry: every step must be positive");
        }
        beforeExpiry = beforeExpiry.stream()
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
