package com.cosell.frontend.events;

import org.jspecify.annotations.Nullable;

/** A comment written, edited or deleted in the thread of a referral the user can see (a {@code comment-*} event). */
public record CommentChange(
        String referralId,
        @Nullable String engagementId,
        String type,
        @Nullable String actorId,
        @Nullable String actorName)
        implements LiveMessage {

    public boolean madeBy(@Nullable String userId) {
        return actorId != null && actorId.equals(userId);
    }
}
