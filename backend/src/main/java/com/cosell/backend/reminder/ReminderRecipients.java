package com.cosell.backend.reminder;

/**
 * Whom a reminder is for: the one place that decides it. A reminder goes to the referral's owner; while
 * it has none, to its organization, where mail reaches the admins (and the referral's team). Referrals
 * have no owner column yet, so every reminder goes to the organization today: when they do, these two
 * SQL expressions over the referral {@code r} become {@code r.owner_id} and {@code r.owner_id IS NULL}.
 */
final class ReminderRecipients {

    /** The person a reminder on {@code r} is for; NULL: the organization. */
    static final String RECIPIENT = "CAST(NULL AS text)";

    /** Whether {@code r} has nobody to chase but its admins (escalation). */
    static final String UNASSIGNED = "TRUE";

    private ReminderRecipients() {}
}
