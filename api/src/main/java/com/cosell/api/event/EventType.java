package com.cosell.api.event;

import java.util.Arrays;
import java.util.Optional;

/** The event names, as Partner Center's webhooks spell them (the comment events are Co-sell's own). */
public enum EventType {
    REFERRAL_CREATED("referral-created"),
    REFERRAL_UPDATED("referral-updated"),
    RELATED_REFERRAL_CREATED("related-referral-created"),
    RELATED_REFERRAL_UPDATED("related-referral-updated"),
    NOTIFICATION_CREATED("notification-created"),
    /** A comment written, edited or deleted (a tombstone) in a referral's thread; see the comment module. */
    COMMENT_CREATED("comment-created"),
    COMMENT_UPDATED("comment-updated"),
    COMMENT_DELETED("comment-deleted");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** A referral created or changed: the organization's own or another party's in the same engagement. */
    public boolean isReferralChange() {
        return this == REFERRAL_CREATED
                || this == REFERRAL_UPDATED
                || this == RELATED_REFERRAL_CREATED
                || this == RELATED_REFERRAL_UPDATED;
    }

    public static Optional<EventType> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
