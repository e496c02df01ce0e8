package com.cosell.backend.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One line of a referral's audit history: who changed what, when, from which value to which. */
public record HistoryEntry(
        long sequence,
        String type,
        Instant at,
        @Nullable String actorId,
        @Nullable String actorName,
        JsonNode changes) {}
