package com.cosell.backend.stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads settled events: rows whose writing transaction is older than every transaction still
 * running. No row can ever appear below the settled ones in (tx, seq) order, so a reader that
 * continues after its cursor neither skips nor repeats anything.
 */
interface SettledEvents {

    /** Up to {@code limit} settled events after {@code cursor} in (tx, seq) order, of one organization or all. */
    Flux<StreamEvent> after(Cursor cursor, @Nullable String organizationId, int limit);

    /** The last settled position: every event still to come is after it. */
    Mono<Cursor> head();

    /** Whether committed rows exist that are not settled yet (an older transaction still runs). */
    Mono<Boolean> unsettled();

    /** The cursor of an event by its sequence, to resume after it; empty if there is no such event. */
    Mono<Cursor> cursorOf(long seq);
}
