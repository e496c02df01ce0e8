package com.cosell.backend.stream;

/** A subscriber's buffer overflowed: it is dropped and must resume from the last event it got. */
final class TooSlow extends RuntimeException {

    TooSlow() {
        super("subscriber too slow", null, false, false);
    }
}
