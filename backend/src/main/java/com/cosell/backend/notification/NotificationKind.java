package com.cosell.backend.notification;

/** What a notification tells. */
public enum NotificationKind {
    /** A referral arrived for the organization to answer. */
    NEW_INBOUND,
    /** The organization's referral was accepted / declined / expired by the partner it went to. */
    ACCEPTED,
    DECLINED,
    EXPIRED,
    /** The vendor answered the organization's request for help. */
    VENDOR_ENGAGED,
    VENDOR_DECLINED,
    /** The organization that sent a referral withdrew it before it was answered. */
    WITHDRAWN,
    /** A received referral will expire soon unless answered (once per reminder step). */
    EXPIRING_SOON,
    /** A received referral is still unanswered (and unassigned) long after it arrived: for the admins. */
    ESCALATED,
    /** An accepted deal has not changed for long. */
    STALE,
    /** The vendor reviewed a deal registration (no registration workflow yet; reserved). */
    REGISTRATION_REVIEWED,
    /** A webhook failed for longer than the retry window and was disabled; its name is in referralName. */
    WEBHOOK_DISABLED,
    /** Someone mentioned the recipient (one person) in a referral's comment; otherOrganization names who. */
    MENTIONED,
    /** The recipient (one person) was made the referral's owner; otherOrganization names who assigned it. */
    ASSIGNED
}
