package com.cosell.backend.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.presence.PresenceBoard.Beat;
import com.cosell.backend.presence.PresenceBoard.Change;
import com.cosell.backend.presence.PresenceBoard.Viewer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** One instance's copy of who looks at what, on virtual time. */
class PresenceBoardTest {

    private static final UUID DEAL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID CONTOSO_COPY = UUID.fromString("00000000-0000-4000-8000-000000000011");
    private static final UUID VENDOR_COPY = UUID.fromString("00000000-0000-4000-8000-000000000012");
    private static final UUID FABRIKAM_COPY = UUID.fromString("00000000-0000-4000-8000-000000000013");
    private static final UUID OTHER_DEAL = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID CAROLS_COPY = UUID.fromString("00000000-0000-4000-8000-000000000021");
    private static final Viewer BOB = new Viewer("bob", "Bob Lee", "contoso", "Contoso");
    private static final Viewer ALICE = new Viewer("alice", "Alice Kim", "contoso", "Contoso");
    private static final Viewer MIA = new Viewer("mia", "Mia Park", "vendor", "Microsoft");
    private static final Viewer CAROL = new Viewer("carol", "Carol Park", "fabrikam", "Fabrikam");
    /** Contoso's deal with the vendor; fabrikam is not a party. */
    private static final Map<String, UUID> PARTIES = Map.of("contoso", CONTOSO_COPY, "vendor", VENDOR_COPY);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final PresenceBoard board = new PresenceBoard(time);

    private static Beat beat(String view, Viewer who) {
        return new Beat(DEAL, PARTIES, view, who, false);
    }

    private static Beat bye(String view, Viewer who) {
        return new Beat(DEAL, PARTIES, view, who, true);
    }

    @Test
    void eachPersonCountsOnceAndEveryPartyButNobodyElseHearsOfThem() {
        StepVerifier.withVirtualTime(
                        () -> board.changes("contoso")
                                .mergeWith(board.changes("vendor"))
                                .mergeWith(board.changes("fabrikam")),
                        () -> time,
                        Long.MAX_VALUE)
                .then(() -> board.apply(beat("v1", BOB)))
                .expectNext(
                        new Change("contoso", CONTOSO_COPY, List.of(BOB)),
                        new Change("vendor", VENDOR_COPY, List.of(BOB)))
                .then(() -> board.apply(beat("v2", MIA)))
                .expectNextCount(2)
                .then(() -> board.apply(beat("v3", ALICE)))
                .expectNext(
                        new Change("contoso", CONTOSO_COPY, List.of(BOB, MIA, ALICE)),
                        new Change("vendor", VENDOR_COPY, List.of(BOB, MIA, ALICE)))
                .then(() -> {
                    board.apply(beat("v4", ALICE)); // her second tab: nobody new
                    board.apply(beat("v1", BOB)); // a heartbeat: nobody new
                    board.apply(new Beat(OTHER_DEAL, Map.of("fabrikam", CAROLS_COPY), "v5", CAROL, false));
                    board.apply(bye("v3", ALICE)); // one tab of two closed
                })
                .expectNext(new Change("fabrikam", CAROLS_COPY, List.of(CAROL))) // her own deal only
                .then(() -> board.apply(bye("v4", ALICE)))
                .expectNext(
                        new Change("contoso", CONTOSO_COPY, List.of(BOB, MIA)),
                        new Change("vendor", VENDOR_COPY, List.of(BOB, MIA)))
                .thenCancel()
                .verify();
        assertThat(board.viewers("vendor", DEAL)).containsExactly(BOB, MIA);
        assertThat(board.viewers("fabrikam", DEAL)).as("not a party").isEmpty();
        assertThat(board.viewers("contoso", OTHER_DEAL)).as("not a party").isEmpty();
        // A stream that connects now first hears who is where in its organization's deals, then the changes.
        StepVerifier.create(board.snapshotAndChanges("vendor").take(1))
                .expectNext(new Change("vendor", VENDOR_COPY, List.of(BOB, MIA)))
                .verifyComplete();
        assertThat(board.snapshot("fabrikam")).containsExactly(new Change("fabrikam", CAROLS_COPY, List.of(CAROL)));
    }

    @Test
    void aPartyInvitedLaterHearsWhoIsThereWithTheNextBeat() {
        board.apply(beat("v1", BOB));
        StepVerifier.create(board.changes("fabrikam").take(1))
                .then(() -> board.apply(new Beat(
                        DEAL,
                        Map.of("contoso", CONTOSO_COPY, "vendor", VENDOR_COPY, "fabrikam", FABRIKAM_COPY),
                        "v1",
                        BOB,
                        false)))
                .expectNext(new Change("fabrikam", FABRIKAM_COPY, List.of(BOB)))
                .verifyComplete();
    }

    @Test
    void aViewThatFallsSilentExpiresWhileOneThatBeatsStays() {
        Disposable sweeping = board.start();
        StepVerifier.withVirtualTime(() -> board.changes("contoso"), () -> time, Long.MAX_VALUE)
                .then(() -> {
                    board.apply(beat("v1", BOB));
                    board.apply(beat("v2", MIA));
                })
                .expectNextCount(2)
                // Mia's browser closes without a word; bob's page beats every 30 s.
                .thenAwait(Duration.ofSeconds(30))
                .then(() -> board.apply(beat("v1", BOB)))
                .thenAwait(Duration.ofSeconds(30))
                .then(() -> board.apply(beat("v1", BOB)))
                .expectNoEvent(Duration.ofSeconds(14)) // 74 s: one late heartbeat is not leaving
                .then(() -> assertThat(board.viewers("contoso", DEAL)).containsExactly(BOB, MIA))
                .thenAwait(PresenceBoard.SWEEP.plusSeconds(1))
                .expectNext(new Change("contoso", CONTOSO_COPY, List.of(BOB)))
                // Then bob's frontend dies: nobody says goodbye for him either.
                .expectNoEvent(Duration.ofSeconds(30))
                .thenAwait(PresenceBoard.TIMEOUT)
                .expectNext(new Change("contoso", CONTOSO_COPY, List.of()))
                .thenCancel()
                .verify();
        sweeping.dispose();
        assertThat(board.viewers("contoso", DEAL)).isEmpty();
        board.apply(bye("v1", BOB)); // a goodbye after expiry changes nothing
        assertThat(board.snapshot("contoso")).isEmpty();
    }

    @Test
    void aShorterTimeoutForAShorterHeartbeatForgetsSooner() {
        PresenceBoard quick = new PresenceBoard(time, Duration.ofSeconds(25)); // heartbeats every 10 s
        Disposable sweeping = quick.start();
        StepVerifier.withVirtualTime(() -> quick.changes("contoso"), () -> time, Long.MAX_VALUE)
                .then(() -> quick.apply(beat("v2", MIA)))
                .expectNextCount(1)
                .expectNoEvent(Duration.ofSeconds(24)) // under the timeout: still here
                .then(() -> assertThat(quick.viewers("contoso", DEAL)).containsExactly(MIA))
                .thenAwait(PresenceBoard.SWEEP.plusSeconds(1))
                .expectNext(new Change("contoso", CONTOSO_COPY, List.of()))
                .thenCancel()
                .verify();
        sweeping.dispose();
    }
}
