package com.cosell.frontend.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Gathers the changes of a short window into one batch, so many changes per second cost a view one
 * round trip to the browser (and one read per referral) instead of one each. A zero window passes
 * every change on at once.
 */
public final class Coalescing implements Consumer<ReferralChange> {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cosell-coalesce");
        t.setDaemon(true);
        return t;
    });

    private final Duration window;
    private final Consumer<List<ReferralChange>> flush;
    private final Queue<ReferralChange> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Coalescing(Duration window, Consumer<List<ReferralChange>> flush) {
        this.window = window;
        this.flush = flush;
    }

    @Override
    public void accept(ReferralChange change) {
        if (window.isZero()) {
            flush.accept(List.of(change));
            return;
        }
        pending.add(change);
        if (scheduled.compareAndSet(false, true)) {
            TIMER.schedule(this::drain, window.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        scheduled.set(false);
        List<ReferralChange> batch = new ArrayList<>();
        for (ReferralChange c; (c = pending.poll()) != null; ) {
            batch.add(c);
        }
        if (!batch.isEmpty()) {
            flush.accept(batch);
        }
    }
}
