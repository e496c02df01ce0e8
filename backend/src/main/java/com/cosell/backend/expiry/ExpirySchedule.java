package com.cosell.backend.expiry;

import com.cosell.backend.config.RepeatingJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs the {@link ExpiryJob} every {@code cosell.expiry.interval}, where {@code cosell.expiry.enabled}. */
@Component
class ExpirySchedule extends RepeatingJob<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ExpirySchedule.class);

    private final ExpiryJob job;
    private final ExpiryProperties properties;

    ExpirySchedule(ExpiryJob job, ExpiryProperties properties) {
        this.job = job;
        this.properties = properties;
    }

    @Override
    protected Mono<Integer> runOnce() {
        return job.run();
    }

    @Override
    protected Duration interval() {
        return properties.interval();
    }

    @Override
    protected boolean enabled() {
        return properties.enabled();
    }

    @Override
    protected void ran(Integer expired) {
        if (expired > 0) {
            log.info("Expired {} referrals", expired);
        }
    }
}
