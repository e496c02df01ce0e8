package com.cosell.api.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One comment of a referral's thread ({@code …/referrals/{id}/comments}), in channel {@code internal}
 * (the writer's organization only) or {@code parties} (a message the other party reads too). An edited
 * one says when and how often ({@code editedAt}, {@code editCount}); a deleted one stays in the thread
 * as a tombstone without its text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comment(
        UUID id,
        String channel,
        String authorId,
        String authorName,
        String organizationId,
        String organizationName,
        @Nullable String body,
        List<Mention> mentions,
        Instant createdAt,
        @Nullable Instant editedAt,
        int editCount,
        @Nullable Instant deletedAt,
        boolean deleted) {

    public static final String INTERNAL = "internal";
    public static final String PARTIES = "parties";

    public Comment {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A person mentioned, named as they were when mentioned. */
    public record Mention(String id, String name) {}

    /** The thread as the caller may read it, and the channels the caller may write to. */
    public record Thread(List<String> channels, List<Comment> value) {}

    /** Someone a comment may mention: a person of an organization that reads the channel. */
    public record Person(String id, String name, String organizationId, String organizationName) {}
}
