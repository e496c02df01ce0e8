package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of a referral's history: who changed which fields, when. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryEntry(
        long sequence,
        String type,
        Instant at,
        @Nullable String actorId,
        @Nullable String actorName,
        @Nullable List<Change> changes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(
            String path, @Nullable Object from, @Nullable Object to) {}
}
