package com.cosell.backend.presence;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.presence.PresenceBoard.Beat;
import com.cosell.backend.presence.PresenceBoard.Change;
import com.cosell.backend.presence.PresenceBoard.Viewer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** One instance's copy of who looks at what, on virtual time. */
class PresenceBoardTest {

    private static final UUID DEAL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final Viewer BOB = new Viewer("bob", "Bob Lee");
    private static final Viewer ALICE = new Viewer("alice", "Alice Kim");

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final PresenceBoard board = new PresenceBoard(time);

    private static Beat beat(String org, UUID referral, String view, Viewer who) {
        return new Beat(org, referral, view, who.id(), who.name(), false);
    }

    private static Beat bye(String org, UUID referral, String view, Viewer who) {
        return new Beat(org, referral, view, who.id(), who.name(), true);
    }

    @Test
    void eachPersonCountsOnceAndOnlyTheirOrganisationHearsOfThem() {
        StepVerifier.withVirtualTime(() -> board.changes("contoso"), () -> time, Long.MAX_VALUE)
                .then(() -> board.apply(beat("contoso", DEAL, "v1", BOB)))
                .expectNext(new Change("contoso", DEAL, List.of(BOB)))
                .then(() -> board.apply(beat("contoso", DEAL, "v2", ALICE)))
                .expectNext(new Change("contoso", DEAL, List.of(BOB, ALICE)))
                .then(() -> {
                    board.apply(beat("contoso", DEAL, "v3", ALICE)); // her second tab: nobody new
                    board.apply(beat("contoso", DEAL, "v1", BOB)); // a heartbeat: nobody new
                    board.apply(beat("fabrikam", OTHER, "v4", new Viewer("carol", "Carol Park")));
                    board.apply(bye("contoso", DEAL, "v2", ALICE)); // one tab of two closed
                })
                .expectNoEvent(Duration.ZERO)
                .then(() -> board.apply(bye("contoso", DEAL, "v3", ALICE)))
                .expectNext(new Change("contoso", DEAL, List.of(BOB)))
                .thenCancel()
                .verify();
        assertThat(board.viewers("fabrikam", OTHER)).extracting(Viewer::id).containsExactly("carol");
        // A stream that connects now first hears who is where in its organisation, then the changes.
        StepVerifier.create(board.snapshotAndChanges("contoso").take(1))
                .expectNext(new Change("contoso", DEAL, List.of(BOB))).verifyComplete();
        assertThat(board.viewers("contoso", OTHER)).isEmpty(); // an id alone does not cross organisations
    }

    @Test
    void aViewThatFallsSilentExpiresWhileOneThatBeatsStays() {
        Disposable sweeping = board.start();
        StepVerifier.withVirtualTime(() -> board.changes("contoso"), () -> time, Long.MAX_VALUE)
                .then(() -> {
                    board.apply(beat("contoso", DEAL, "v1", BOB));
                    board.apply(beat("contoso", DEAL, "v2", ALICE));
                })
                .expectNextCount(2)
                // Alice's browser closes without a word; bob's page beats every 30 s.
                .thenAwait(Duration.ofSeconds(30))
                .then(() -> board.apply(beat("contoso", DEAL, "v1", BOB)))
                .thenAwait(Duration.ofSeconds(30))
                .then(() -> board.apply(beat("contoso", DEAL, "v1", BOB)))
                .expectNoEvent(Duration.ofSeconds(14)) // 74 s: one late heartbeat is not leaving
                .then(() -> assertThat(board.viewers("contoso", DEAL)).containsExactly(BOB, ALICE))
                .thenAwait(PresenceBoard.SWEEP.plusSeconds(1))
                .expectNext(new Change("contoso", DEAL, List.of(BOB)))
                // Then bob's frontend dies: nobody says goodbye for him either.
                .expectNoEvent(Duration.ofSeconds(30))
                .thenAwait(PresenceBoard.TIMEOUT)
                .expectNext(new Change("contoso", DEAL, List.of()))
                .thenCancel()
                .verify();
        sweeping.dispose();
        assertThat(board.viewers("contoso", DEAL)).isEmpty();
    }
}
