package com.cosell.frontend.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Passes changes on at most once per window, so many changes per second cost a view one round trip to
 * the browser (and one read per referral) per window instead of one each. The first change after a
 * quiet window goes at once — a single change is never held back — and the changes arriving in the
 * window after a flush are gathered into the next one. A zero window passes every change on at once.
 *
 * <p>The timer only keeps time: each flush runs on a worker, so that the views of hundreds of sessions
 * redraw and push side by side instead of one after another on the timer's one thread (measured by
 * bench/vaadin: the last of 200 tabs heard of a change after all the others' pushes). A view's own
 * flushes still run one at a time, in order.
 */
final class Coalescing implements Consumer<ReferralChange> {

    private static final Scheduler TIMER = Schedulers.newSingle("cosell-coalesce", true);

    private final long windowNanos;
    private final Consumer<List<ReferralChange>> flush;
    private final Scheduler timer;
    private final Scheduler worker;
    private final Queue<ReferralChange> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastFlush;

    Coalescing(Duration window, Consumer<List<ReferralChange>> flush) {
        // Bounded-elastic: a flush may wait for the backend (the changed referral's read).
        this(window, flush, TIMER, Schedulers.boundedElastic());
    }

    Coalescing(Duration window, Consumer<List<ReferralChange>> flush, Scheduler timer, Scheduler worker) {
        this.windowNanos = window.toNanos();
        this.flush = flush;
        this.timer = timer;
        this.worker = worker;
        this.lastFlush = timer.now(TimeUnit.NANOSECONDS) - windowNanos;
    }

    @Override
    public void accept(ReferralChange change) {
        if (windowNanos == 0) {
            flush.accept(List.of(change));
            return;
        }
        pending.add(change);
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastFlush + windowNanos - timer.now(TimeUnit.NANOSECONDS);
            if (wait <= 0) {
                // Straight to a worker, not through the timer's one thread: when a change reaches
                // hundreds of views at once, that thread got a small share of the two cores among
                // their flushes, and the last views' flushes waited for it (bench/vaadin).
                drain();
            } else {
                timer.schedule(this::drain, wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void drain() {
        lastFlush = timer.now(TimeUnit.NANOSECONDS);
        scheduled.set(false);
        worker.schedule(this::flushPending);
    }

    /** Synchronized: a flush that outlasts the window holds the next back, so batches keep their order. */
    private synchronized void flushPending() {
        List<ReferralChange> batch = new ArrayList<>();
        for (ReferralChange c; (c = pending.poll()) != null; ) {
            batch.add(c);
        }
        if (!batch.isEmpty()) {
            flush.accept(batch);
        }
    }
}
