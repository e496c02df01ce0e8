package com.cosell.backend.reminder;

/**
 * Whom a reminder is for: the one place that decides it. A reminder is addressed like every referral
 * notification: to the referral's owner and the organization's admins when it has an owner (the
 * notification module asks the owner module), to the organization while it has none. Escalation is
 * for referrals nobody owns yet.
 */
final class ReminderRecipients {

    /** One person a reminder on {@code r} is for, beyond the owner rule; NULL: none. */
    static final String RECIPIENT = "CAST(NULL AS text)";

    /** Whether {@code r} has nobody to chase but its admins (escalation): no owner. */
    static final String UNASSIGNED = "NOT EXISTS (SELECT 1 FROM referral_owner ro WHERE ro.referral_id = r.id)";

    private ReminderRecipients() {}
}
