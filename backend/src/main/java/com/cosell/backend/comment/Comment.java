package com.cosell.backend.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One comment as the API shows it. An edited one says when and how often ({@code editedAt},
 * {@code editCount}); a deleted one stays in the thread as a tombstone without its text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Comment(
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

    /** A person mentioned, named as they were when mentioned. */
    record Mention(String id, String name) {}

    /** What the event log carries: the comment as every reader of its channel sees it. */
    Map<String, Object> asChange() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("channel", channel);
        m.put("authorId", authorId);
        m.put("authorName", authorName);
        m.put("organizationId", organizationId);
        if (body != null) {
            m.put("body", body);
        }
        m.put(
                "mentions",
                mentions.stream()
                        .map(x -> Map.of("id", x.id(), "name", x.name()))
                        .toList());
        m.put("createdAt", createdAt.toString());
        if (editedAt != null) {
            m.put("editedAt", editedAt.toString());
        }
        m.put("editCount", editCount);
        m.put("deleted", deleted);
        return m;
    }
}
