package com.cosell.backend.config;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RepeatingJob} set by its feature's properties whose runs count what they did (referrals
 * expired, reminders sent), logged when there was anything.
 */
public abstract class CountingJob extends RepeatingJob<Integer> {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Duration interval;
    private final boolean enabled;
    private final String counted;

    /** @param counted what a run counts, as the log says it: "referrals expired" */
    protected CountingJob(Duration interval, boolean enabled, String counted) {
        this.interval = interval;
        this.enabled = enabled;
        this.counted = counted;
    }

    @Override
    public final Duration interval() {
        return interval;
    }

    @Override
    protected final boolean enabled() {
        return enabled;
    }

    @Override
    protected final void ran(Integer count) {
        if (count > 0) {
            log.info("{}: {}", counted, count);
        }
    }
}
