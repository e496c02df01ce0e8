package com.cosell.frontend.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.PresenceApi;
import com.cosell.frontend.backend.PresenceApi.Viewer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** One session's view of presence: what the backend answers and streams, for the referrals it shows. */
class PresenceTest {

    private static final Viewer BOB = new Viewer("bob", "Bob Lee", "contoso", "Contoso");
    private static final Viewer ALICE = new Viewer("alice", "Alice Kim", "contoso", "Contoso");
    private final PresenceApi api = mock(PresenceApi.class);
    private final Presence presence = new Presence(api);
    private final Authentication bob = new TestingAuthenticationToken("bob", "");

    @Test
    void othersAreWhoTheBackendSaysHasTheReferralOpenTheUserLeftOut() {
        when(api.here(bob, "r1", "tab")).thenReturn(List.of(BOB, ALICE));
        AtomicInteger heard = new AtomicInteger();
        var page = presence.join(bob, "r1", "tab", heard::incrementAndGet);
        assertThat(presence.others("r1", "bob")).containsExactly(ALICE);
        assertThat(heard).hasValue(1);

        presence.update("r1", List.of(BOB, ALICE)); // the same picture: nothing to redraw
        presence.update("r2", List.of(ALICE)); // a referral this session does not show: ignored
        assertThat(heard).hasValue(1);
        assertThat(presence.others("r2", "bob")).isEmpty();

        presence.update("r1", List.of(BOB)); // she left (or her page fell silent), on any instance
        assertThat(presence.others("r1", "bob")).isEmpty();
        assertThat(heard).hasValue(2);

        page.remove();
        verify(api).left(bob, "r1", "tab");
        presence.update("r1", List.of(BOB, ALICE));
        assertThat(heard).hasValue(2); // no longer listening
    }

    @Test
    void aFailedBeatKeepsTheLastPictureAndTheNextHeals() {
        when(api.here(any(), any(), any()))
                .thenReturn(List.of(BOB, ALICE))
                .thenThrow(new BackendException(0, "unreachable", null) {})
                .thenReturn(List.of(BOB));
        presence.join(bob, "r1", "tab", () -> {});
        presence.seen(bob, "r1", "tab");
        assertThat(presence.others("r1", "bob")).containsExactly(ALICE);
        presence.seen(bob, "r1", "tab");
        assertThat(presence.others("r1", "bob")).isEmpty();
    }
}
