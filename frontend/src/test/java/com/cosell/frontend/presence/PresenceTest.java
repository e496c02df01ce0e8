package com.cosell.frontend.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final Presence presence = new Presence();

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
}
