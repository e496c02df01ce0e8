package com.cosell.backend.event;

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
}
