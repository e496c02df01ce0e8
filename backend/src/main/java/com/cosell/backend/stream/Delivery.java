package com.cosell.backend.stream;

/** What a subscription emits: events, and once the marker that the backlog has been sent. */
public sealed interface Delivery permits StreamEvent, Delivery.CaughtUp {

    /** Everything committed before the subscription started has been delivered; live events follow. */
    enum CaughtUp implements Delivery {
        INSTANCE
    }
}
