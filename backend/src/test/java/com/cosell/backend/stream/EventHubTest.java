package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The fan-out alone, against an in-memory table, on virtual time. */
class EventHubTest {

    /** Events become "settled" when the test says so, like transactions ending. */
    static final class Table implements SettledEvents {
        final List<StreamEvent> rows = new CopyOnWriteArrayList<>();
        volatile boolean pending;

        void add(long tx, long seq, String org) {
            rows.add(new StreamEvent(seq, tx, "referral-updated", org, null, null, Instant.EPOCH, null, null, "{}"));
        }

        @Override
        public Flux<StreamEvent> after(Cursor cursor, @Nullable String org, int limit) {
            return Flux.fromIterable(rows.stream()
                    .filter(e -> e.cursor().isAfter(cursor))
                    .filter(e -> org == null || e.organizationId().equals(org))
                    .sorted((a, b) -> a.cursor().compareTo(b.cursor()))
                    .limit(limit)
                    .toList());
        }

        @Override
        public Mono<Cursor> head() {
            return Mono.just(rows.stream()
                    .map(StreamEvent::cursor)
                    .max(Cursor::compareTo)
                    .orElse(Cursor.START));
        }

        @Override
        public Mono<Boolean> unsettled() {
            return Mono.just(pending);
        }

        @Override
        public Mono<Cursor> cursorOf(long seq) {
            return Flux.fromIterable(rows)
                    .filter(e -> e.seq() == seq)
                    .map(StreamEvent::cursor)
                    .next();
        }
    }

    private final EventsProperties properties = new EventsProperties(
            Duration.ofSeconds(20),
            3,
            Duration.ofSeconds(5),
            Duration.ofMillis(100),
            2,
            Duration.ofMillis(100),
            Duration.ofSeconds(5),
            10);

    @Test
    void resumesWithTheBacklogThenLiveEventsOfItsOrganizationOnlyEachOnce() {
        Table table = new Table();
        table.add(1, 1, "contoso");
        table.add(2, 2, "fabrikam");
        table.add(3, 3, "contoso");
        EventHub hub = new EventHub(table, properties, VirtualTimeScheduler.create());
        hub.start();

        StepVerifier.create(hub.subscribe("contoso", Cursor.START, 10).map(EventHubTest::label))
                .expectNext("1", "3", "ready")
                .then(() -> {
                    table.add(5, 4, "contoso");
                    table.add(4, 5, "fabrikam");
                    table.add(6, 6, "contoso");
                    hub.wake();
                })
                .expectNext("4", "6")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
        assertThat(hub.subscriberCount()).isZero();
        hub.stop();
    }

    @Test
    void theSafetyNetTimerReadsWithoutAnySignal() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        Table table = new Table();
        EventHub hub = new EventHub(table, properties, time);
        hub.start();

        StepVerifier.create(hub.subscribe("contoso", null, 10).map(EventHubTest::label))
                .expectNext("ready")
                .then(() -> table.add(1, 1, "contoso"))
                .then(() -> time.advanceTimeBy(Duration.ofSeconds(4)))
                .expectNoEvent(Duration.ofMillis(50))
                .then(() -> time.advanceTimeBy(Duration.ofSeconds(1)))
                .expectNext("1")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
        hub.stop();
    }

    @Test
    void aSubscriberThatFallsBehindItsBufferIsDroppedWithoutHoldingUpOthers() {
        Table table = new Table();
        EventHub hub = new EventHub(table, properties, VirtualTimeScheduler.create());
        hub.start();
        var fast = new CopyOnWriteArrayList<String>();
        hub.subscribe("contoso", null, 3).map(EventHubTest::label).subscribe(fast::add);

        StepVerifier.create(hub.subscribe("contoso", null, 3).map(EventHubTest::label), 1)
                .expectNext("ready")
                .then(() -> {
                    for (int i = 1; i <= 5; i++) {
                        table.add(i, i, "contoso");
                        hub.wake();
                    }
                })
                .expectError(TooSlow.class)
                .verify(Duration.ofSeconds(5));
        assertThat(fast).containsExactly("ready", "1", "2", "3", "4", "5");
        assertThat(hub.subscriberCount()).isEqualTo(1);
        hub.stop();
    }

    private static String label(Delivery d) {
        return d instanceof StreamEvent e ? String.valueOf(e.seq()) : "ready";
    }
}
