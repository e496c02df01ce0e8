package com.cosell.backend.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * One reader per instance: whenever woken (NOTIFY, reconnect, timer) it reads the settled events
 * after its cursor once and hands each to the subscribers of that event's organization. Handing
 * over never waits: each subscriber has a bounded queue and is dropped ({@link TooSlow}) when it is
 * full, so a slow client neither stalls the others nor grows memory.
 */
class EventHub implements FanOutStatus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventHub.class);

    private final SettledEvents source;
    private final EventsProperties properties;
    private final Scheduler scheduler;
    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile @Nullable Cursor head;
    private @Nullable Disposable timer;

    public EventHub(SettledEvents source, EventsProperties properties, Scheduler scheduler) {
        this.source = source;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    /**
     * The organization's events after {@code from} (or, when null, from now on), in order and each
     * once: first the backlog read from the table, then {@link Delivery.CaughtUp}, then live ones.
     * Errors with {@link TooSlow} when the subscriber falls {@code bufferSize} events behind.
     */
    public Flux<Delivery> subscribe(String organizationId, @Nullable Cursor from, int bufferSize) {
        return Flux.defer(() -> {
            Subscriber sub = new Subscriber(organizationId, bufferSize);
            // Registered first: every event published from now on reaches the queue, and the backlog
            // read afterwards covers everything published before; duplicates are filtered below.
            Cursor start = register(sub, from);
            Cursor[] last = {start};
            Flux<Delivery> backlog = pages(start, organizationId).cast(Delivery.class);
            Flux<Delivery> ordered = Flux.concat(backlog, Mono.just(Delivery.CaughtUp.INSTANCE), sub.queue.asFlux())
                    .filter(d -> {
                        if (d instanceof StreamEvent e) {
                            if (!e.cursor().isAfter(last[0])) {
                                return false;
                            }
                            last[0] = e.cursor();
                        }
                        return true;
                    });
            // takeUntilOther adds no prefetch: the queue stays the only buffer.
            return ordered.takeUntilOther(sub.overflow.asMono().then(Mono.just(true)))
                    .concatWith(Mono.defer(() -> sub.overflowed ? Mono.error(new TooSlow()) : Mono.empty()))
                    .doFinally(s -> unregister(sub));
        });
    }

    /** Asks for a read; concurrent requests while one runs collapse into one more read. */
    public void wake() {
        if (head != null && wip.getAndIncrement() == 0) {
            drainLoop();
        }
    }

    /** The position after which new events will be published. */
    public Cursor head() {
        Cursor h = head;
        if (h == null) {
            throw new IllegalStateException("event hub not started");
        }
        return h;
    }

    @Override
    public long publishedSeq() {
        Cursor h = head;
        return h == null ? 0 : h.seq();
    }

    @Override
    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private Flux<StreamEvent> pages(Cursor from, @Nullable String org) {
        return source.after(from, org, properties.pageSize())
                .collectList()
                .flatMapMany(page -> page.size() < properties.pageSize()
                        ? Flux.fromIterable(page)
                        : Flux.fromIterable(page)
                                .concatWith(pages(page.getLast().cursor(), org)));
    }

    private Cursor register(Subscriber sub, @Nullable Cursor from) {
        synchronized (lock) {
            subscribers
                    .computeIfAbsent(sub.organizationId, o -> ConcurrentHashMap.newKeySet())
                    .add(sub);
            return from != null ? from : head();
        }
    }

    private void unregister(Subscriber sub) {
        synchronized (lock) {
            Set<Subscriber> set = subscribers.get(sub.organizationId);
            if (set != null) {
                set.remove(sub);
            }
        }
    }

    private void drainLoop() {
        int seen = wip.get();
        drainOnce()
                .subscribe(
                        null,
                        e -> {
                            log.warn("Reading new events failed ({}); retrying", e.toString());
                            retryLater(
                                    properties.pollInterval().compareTo(Duration.ofSeconds(1)) < 0
                                            ? properties.pollInterval()
                                            : Duration.ofSeconds(1));
                            done(seen);
                        },
                        () -> done(seen));
    }

    private void done(int seen) {
        if (wip.addAndGet(-seen) != 0) {
            drainLoop();
        }
    }

    private Mono<Void> drainOnce() {
        return Mono.defer(() -> source.after(head(), null, properties.pageSize())
                .collectList()
                .flatMap(page -> {
                    publish(page);
                    return page.size() == properties.pageSize()
                            ? drainOnce()
                            : source.unsettled()
                                    .doOnNext(pending -> {
                                        if (pending) {
                                            retryLater(properties.settleDelay());
                                        }
                                    })
                                    .then();
                }));
    }

    private void publish(List<StreamEvent> page) {
        synchronized (lock) {
            for (StreamEvent e : page) {
                Set<Subscriber> set = subscribers.get(e.organizationId());
                if (set != null) {
                    set.forEach(s -> s.offer(e));
                }
                head = e.cursor();
            }
        }
    }

    private void retryLater(Duration delay) {
        if (retryScheduled.compareAndSet(false, true)) {
            Mono.delay(delay, scheduler).subscribe(x -> {
                retryScheduled.set(false);
                wake();
            });
        }
    }

    // ---- lifecycle: runs on the starting thread, before the web server takes requests ----------

    @Override
    public void start() {
        head = source.head().block(Duration.ofSeconds(30));
        timer = Flux.interval(properties.pollInterval(), scheduler).subscribe(x -> wake());
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.dispose();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    /** One subscription's bounded queue; {@code overflow} fires once when it is full. */
    private static final class Subscriber {
        final String organizationId;
        final Sinks.Many<Delivery> queue;
        final Sinks.Empty<Void> overflow = Sinks.empty();
        volatile boolean overflowed;

        Subscriber(String organizationId, int capacity) {
            this.organizationId = organizationId;
            this.queue = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(capacity));
        }

        void offer(StreamEvent e) {
            if (queue.tryEmitNext(e) == Sinks.EmitResult.FAIL_OVERFLOW) {
                overflowed = true;
                overflow.tryEmitEmpty();
            }
        }
    }
}
