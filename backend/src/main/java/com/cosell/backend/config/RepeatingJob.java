package com.cosell.backend.config;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A job run every {@link #interval()} on a timer thread (never a Netty one) while the application
 * runs: runs never overlap on one instance, and a failed run is logged and retried next time.
 */
public abstract class RepeatingJob<T> implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private @Nullable Disposable running;
    private final Sinks.Many<Long> soon = Sinks.many().multicast().directBestEffort();

    /** One run; what it emits is passed to {@link #ran}. */
    protected abstract Mono<T> runOnce();

    protected abstract Duration interval();

    /** Whether this instance runs the job at all. */
    protected boolean enabled() {
        return true;
    }

    /** After each successful run. */
    protected void ran(T result) {}

    /** The ticks: each waits for the previous run; exposed for virtual-time tests. */
    public Flux<T> runs(Scheduler timer) {
        return Flux.merge(Flux.interval(interval(), interval(), timer), soon.asFlux())
                .onBackpressureDrop()
                .concatMap(
                        tick -> runOnce().onErrorResume(e -> {
                            log.warn("{} failed; next run in {}", getClass().getSimpleName(), interval(), e);
                            return Mono.empty();
                        }),
                        1);
    }

    /**
     * Asks for a run as soon as the current one (if any) ends, without waiting for the next tick:
     * for a job that knows more work is waiting. Several asks while one is pending make one run.
     */
    protected void runSoon() {
        soon.tryEmitNext(-1L); // a failed emission means a run is already asked for or running
    }

    @Override
    public void start() {
        if (enabled()) {
            running = runs(Schedulers.parallel()).subscribe(this::ran);
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
