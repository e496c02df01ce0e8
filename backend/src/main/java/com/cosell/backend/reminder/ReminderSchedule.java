package com.cosell.backend.reminder;

import com.cosell.backend.config.RepeatingJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs the {@link ReminderJob} every {@code cosell.reminders.interval}, where {@code cosell.reminders.enabled}. */
@Component
class ReminderSchedule extends RepeatingJob<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderJob job;
    private final ReminderProperties properties;

    ReminderSchedule(ReminderJob job, ReminderProperties properties) {
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
    protected void ran(Integer sent) {
        if (sent > 0) {
            log.info("Sent {} reminders", sent);
        }
    }
}
