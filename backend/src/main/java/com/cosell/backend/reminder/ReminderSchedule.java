package com.cosell.backend.reminder;

import com.cosell.backend.config.CountingJob;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs the {@link ReminderJob} every {@code cosell.reminders.interval}, where {@code cosell.reminders.enabled}. */
@Component
class ReminderSchedule extends CountingJob {

    private final ReminderJob job;

    ReminderSchedule(ReminderJob job, ReminderProperties properties) {
        super(properties.interval(), properties.enabled(), "Reminders sent");
        this.job = job;
    }

    @Override
    protected Mono<Integer> runOnce() {
        return job.run();
    }
}
