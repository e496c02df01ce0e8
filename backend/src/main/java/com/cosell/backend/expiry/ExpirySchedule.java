package com.cosell.backend.expiry;

import com.cosell.backend.config.CountingJob;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs the {@link ExpiryJob} every {@code cosell.expiry.interval}, where {@code cosell.expiry.enabled}. */
@Component
class ExpirySchedule extends CountingJob {

    private final ExpiryJob job;

    ExpirySchedule(ExpiryJob job, ExpiryProperties properties) {
        super(properties.interval(), properties.enabled(), "Referrals expired");
        this.job = job;
    }

    @Override
    protected Mono<Integer> runOnce() {
        return job.run();
    }
}
