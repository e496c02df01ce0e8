package com.cosell.api.referral;

import com.cosell.api.event.Change;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of a referral's audit history: who changed what, when, from which value to which. */
public record HistoryEntry(
        long sequence,
        String type,
        Instant at,
        @Nullable String actorId,
        @Nullable String actorName,
        List<Change> changes) {}
