package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.event.EventType;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.support.BackendTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Many concurrent writers, some holding their transaction open, some rolling back, and a reader
 * that keeps reading after its cursor: it must see every committed event exactly once.
 */
@BackendTest
class GapFreeOrderTest {

    @Autowired
    EventLog log;

    @Autowired
    SettledEvents settled;

    @Autowired
    TransactionalOperator tx;

    @Test
    void aReaderFollowingItsCursorGetsEveryCommittedEventExactlyOnce() {
        String actor = "gapfree-" + UUID.randomUUID();
        Set<Long> committed = ConcurrentHashMap.newKeySet();
        Set<Long> rolledBack = ConcurrentHashMap.newKeySet();
        Cursor cursor = settled.head().block();
        int writers = 12;
        int transactions = 15;
        Disposable writing = Flux.range(0, writers)
                .flatMap(
                        w -> Flux.range(0, transactions)
                                .concatMap(i -> transaction(actor, w, i, committed, rolledBack)),
                        writers)
                .subscribe();

        List<Long> read = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        List<Long> txs = new ArrayList<>();
        List<Long> naive = new ArrayList<>();
        long naiveLast = cursor.seq();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!(writing.isDisposed() && read.size() >= committed.size()) && System.nanoTime() < deadline) {
            List<StreamEvent> page =
                    settled.after(cursor, "contoso", 50).collectList().block();
            trace.add("page after " + cursor + ": "
                    + page.stream().map(e -> e.tx() + "/" + e.seq()).toList());
            for (StreamEvent e : page) {
                if (actor.equals(e.actorId())) {
                    read.add(e.seq());
                    txs.add(e.tx());
                }
                cursor = e.cursor();
            }
            // The classic outbox reader, for contrast: "seq > last" without the settled rule.
            for (StreamEvent e : settledNaive(naiveLast).collectList().block()) {
                if (actor.equals(e.actorId())) {
                    naive.add(e.seq());
                }
                naiveLast = e.seq();
            }
        }
        assertThat(writing.isDisposed()).as("writers finished").isTrue();
        assertThat(committed).hasSize(writers * transactions * 2 - rolledBack.size());
        if (new HashSet<>(read).size() != read.size()) {
            trace.forEach(System.out::println);
        }
        assertThat(new HashSet<>(read)).as("no duplicates").hasSize(read.size());
        assertThat(read).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(txs).as("delivered in transaction order").isSorted();
        assertThat(read).doesNotContainAnyElementsOf(rolledBack);
        System.out.printf(
                "gap-free reader: %d events; naive seq>last reader saw %d of them%n",
                read.size(), naive.stream().distinct().count());
    }

    @Test
    void committedEventsAreUnsettledWhileAnOlderTransactionStillRuns() {
        String actor = "unsettled-" + UUID.randomUUID();
        Sinks.Empty<Void> release = Sinks.empty();
        Sinks.Empty<Void> appended = Sinks.empty();
        Mono<Void> older = tx.transactional(append(actor)
                        .then(Mono.fromRunnable(appended::tryEmitEmpty))
                        .then(release.asMono()))
                .cache();
        older.subscribe();
        appended.asMono().block(Duration.ofSeconds(10));
        tx.transactional(append(actor)).block(); // a younger transaction commits first

        assertThat(settled.unsettled().block())
                .as("the younger one's event waits for the older one")
                .isTrue();
        release.tryEmitEmpty();
        older.block(Duration.ofSeconds(10));
        // Other tests' writers may still be about: wait (bounded) for a moment with nothing in flight.
        assertThat(settled.unsettled()
                        .filter(pending -> !pending)
                        .repeatWhenEmpty(100, tries -> tries.delayElements(Duration.ofMillis(20)))
                        .block(Duration.ofSeconds(10)))
                .isFalse();
    }

    /** Two events per transaction with pauses between; every fifth holds on, every seventh rolls back. */
    private Mono<Void> transaction(String actor, int writer, int i, Set<Long> committed, Set<Long> rolledBack) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Duration pause = Duration.ofMillis((writer + i) % 5 == 0 ? 150 : random.nextInt(10));
        boolean rollback = (writer * 31 + i) % 7 == 0;
        List<Long> mine = new ArrayList<>();
        Mono<Void> work = append(actor)
                .doOnNext(mine::add)
                .then(Mono.delay(pause))
                .then(append(actor))
                .doOnNext(mine::add)
                .then(rollback ? Mono.error(new IllegalStateException("roll back")) : Mono.empty());
        return tx.transactional(work).doOnSuccess(v -> committed.addAll(mine)).onErrorResume(e -> {
            rolledBack.addAll(mine);
            return Mono.empty();
        });
    }

    private Mono<Long> append(String actor) {
        return log.append(new NewEvent(
                EventType.REFERRAL_UPDATED, "contoso", null, null, actor, "Writer", Instant.now(), List.of()));
    }

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    private Flux<StreamEvent> settledNaive(long last) {
        return db.sql("SELECT seq, actor_id FROM referral_event WHERE seq > :last ORDER BY seq LIMIT 200")
                .bind("last", last)
                .map(row -> new StreamEvent(
                        row.get("seq", Long.class),
                        0,
                        "",
                        "",
                        null,
                        null,
                        Instant.EPOCH,
                        row.get("actor_id", String.class),
                        null,
                        "{}"))
                .all();
    }
}
