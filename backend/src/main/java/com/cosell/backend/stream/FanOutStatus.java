package com.cosell.backend.stream;

/** How this instance's event fan-out stands, for operators' gauges. */
public interface FanOutStatus {

    /** Event-stream subscribers connected to this instance. */
    int subscriberCount();

    /** The seq of the last event this instance published; 0 before it started. */
    long publishedSeq();
}
