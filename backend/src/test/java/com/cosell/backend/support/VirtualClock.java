package com.cosell.backend.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import reactor.test.scheduler.VirtualTimeScheduler;

/** A virtual scheduler's time as a clock, from {@code start}: what the code reads moves as the test advances it. */
public final class VirtualClock extends Clock {

    private final Instant start;
    private final VirtualTimeScheduler time;

    public VirtualClock(Instant start, VirtualTimeScheduler time) {
        this.start = start;
        this.time = time;
    }

    @Override
    public Instant instant() {
        return start.plusMillis(time.now(TimeUnit.MILLISECONDS));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
