package com.cosell.backend.event;

/** The event names, as Partner Center's webhooks spell them. */
public enum EventType {
    REFERRAL_CREATED("referral-created"),
    REFERRAL_UPDATED("referral-updated"),
    RELATED_REFERRAL_CREATED("related-referral-created"),
    RELATED_REFERRAL_UPDATED("related-referral-updated"),
    NOTIFICATION_CREATED("notification-created");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
