package com.cosell.backend.web;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A {@code $top}/{@code $skip}-style page of a plain list (notifications, webhook deliveries):
 * 20 rows unless asked, at most 100.
 *
 * @param size how many rows the page shows
 * @param from how many rows come before it
 */
public record PageRequest(int size, long from) {

    public static final int MAX_TOP = 100;
    private static final int DEFAULT_TOP = 20;

    /** The page asked for, or a 400 problem naming the bounds. */
    public static Mono<PageRequest> of(@Nullable Integer top, @Nullable Long skip) {
        int size = top == null ? DEFAULT_TOP : top;
        long from = skip == null ? 0 : skip;
        if (size < 1 || size > MAX_TOP || from < 0) {
            return Mono.error(ApiProblems.badRequest("top must be 1.." + MAX_TOP + " and skip at least 0."));
        }
        return Mono.just(new PageRequest(size, from));
    }

    /** The query string of the page after this one. */
    public String next() {
        return "?top=" + size + "&skip=" + (from + size);
    }
}
