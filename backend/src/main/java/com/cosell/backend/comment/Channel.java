package com.cosell.backend.comment;

import org.jspecify.annotations.Nullable;

/**
 * Who reads a comment. {@code internal}: the author's organization, always and only. {@code parties}:
 * every organization holding a referral of the engagement (the vendor and the partner), and no one else.
 */
enum Channel {
    INTERNAL("internal"),
    PARTIES("parties");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static @Nullable Channel of(@Nullable String wireName) {
        for (Channel c : values()) {
            if (c.wireName.equals(wireName)) {
                return c;
            }
        }
        return null;
    }
}
