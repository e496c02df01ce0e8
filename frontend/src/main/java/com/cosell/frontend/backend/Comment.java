package com.cosell.frontend.backend;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One comment of a referral's thread ({@code …/referrals/{id}/comments}): {@code internal} (the
 * user's organization only) or {@code parties} (a message the other party reads too). A deleted
 * one has no body; an edited one says when and how often.
 */
public record Comment(
        String id,
        String channel,
        String authorId,
        String authorName,
        String organizationId,
        String organizationName,
        @Nullable String body,
        @Nullable List<Mention> mentions,
        Instant createdAt,
        @Nullable Instant editedAt,
        int editCount,
        @Nullable Instant deletedAt,
        boolean deleted) {

    public static final String INTERNAL = "internal";
    public static final String PARTIES = "parties";

    public record Mention(String id, String name) {}

    /** The thread as the user may read it, and the channels the user may write to. */
    public record Thread(List<String> channels, List<Comment> value) {}

    /** Someone a comment may mention. */
    public record Person(String id, String name, String organizationId, String organizationName) {}

    record People(List<Person> value) {}
}
