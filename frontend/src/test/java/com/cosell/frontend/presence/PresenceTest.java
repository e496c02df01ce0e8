package com.cosell.frontend.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final MutableClock clock = new MutableClock();
    private final Presence presence = new Presence(clock);

    /** Time the test moves by hand. */
    private static final class MutableClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-11-26T09:00:00Z");

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void othersSeeWhoComesAndGoesEachPersonOnce() {
        AtomicInteger bobHeard = new AtomicInteger();
        var bob = presence.join("r1", new Presence.Viewer("v1", "bob", "Bob Lee"), bobHeard::incrementAndGet);
        var alice = presence.join("r1", new Presence.Viewer("v2", "alice", "Alice Kim"), () -> { });
        var aliceSecondTab = presence.join("r1", new Presence.Viewer("v3", "alice", "Alice Kim"), () -> { });
        presence.join("r2", new Presence.Viewer("v4", "carol", "Carol Park"), () -> { });

        assertThat(presence.others("r1", "bob")).extracting(Presence.Viewer::name).containsExactly("Alice Kim");
        assertThat(presence.others("r1", "alice")).extracting(Presence.Viewer::name).containsExactly("Bob Lee");
        assertThat(bobHeard).hasValue(2);

        alice.remove();
        assertThat(presence.others("r1", "bob")).hasSize(1); // her other tab is still open
        aliceSecondTab.remove();
        assertThat(presence.others("r1", "bob")).isEmpty();
        assertThat(bobHeard).hasValue(4);
        bob.remove();
        assertThat(presence.others("r1", "carol")).isEmpty();
    }

    @Test
    void aPageThatStopsBeatingLeavesAndTheOthersHearIt() {
        AtomicInteger bobHeard = new AtomicInteger();
        presence.join("r1", new Presence.Viewer("v1", "bob", "Bob Lee"), bobHeard::incrementAndGet);
        presence.join("r1", new Presence.Viewer("v2", "mia", "Mia Choi"), () -> { });
        assertThat(presence.others("r1", "bob")).extracting(Presence.Viewer::name).containsExactly("Mia Choi");

        // Mia's browser closes without a word; bob's page keeps beating
        for (int i = 0; i < 2; i++) {
            clock.advance(java.time.Duration.ofSeconds(30));
            presence.seen("r1", "v1");
        }
        assertThat(presence.others("r1", "bob")).hasSize(1); // 60 s: one late heartbeat is not leaving
        clock.advance(java.time.Duration.ofSeconds(30));
        assertThat(presence.others("r1", "bob")).isEmpty(); // 90 s without a heartbeat: gone
        int heardBefore = bobHeard.get();
        presence.seen("r1", "v1");
        assertThat(bobHeard.get()).isGreaterThan(heardBefore); // and bob's avatars are redrawn without her
        assertThat(presence.others("r1", "mia")).extracting(Presence.Viewer::name).containsExactly("Bob Lee");
    }
}
