package com.cosell.backend.expiry;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the {@link ExpiryJob} every {@code cosell.expiry.interval} on a timer thread (never a Netty
 * one); runs never overlap on one instance, and a failed run is logged and retried next time.
 */
@Component
class ExpirySchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpirySchedule.class);

    private final ExpiryJob job;
    private final ExpiryProperties properties;
    private @Nullable Disposable running;

    ExpirySchedule(ExpiryJob job, ExpiryProperties properties) {
        this.job = job;
        this.properties = properties;
    }

    /** The ticks: each waits for the previous run; exposed for virtual-time tests. */
    Flux<Integer> runs(Scheduler timer) {
        return Flux.interval(properties.interval(), properties.interval(), timer)
                .onBackpressureDrop()
                .concatMap(tick -> job.run().onErrorResume(e -> {
                    log.warn("Expiry run failed; next run in {}", properties.interval(), e);
                    return Mono.empty();
                }), 1);
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            running = runs(Schedulers.parallel()).subscribe(n -> {
                if (n > 0) {
                    log.info("Expired {} referrals", n);
                }
            });
        }
    }

    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
