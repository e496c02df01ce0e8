package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.PresenceApi.Viewer;
import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detail page shows who else has the referral open, and follows them coming and going. */
class PresenceAvatarsTest extends ViewTestBase {

    private static final String ID = "00000000-0000-4000-8000-00000000001b";

    @Test
    void showsTheOtherPeopleLookingAtTheSameReferral() {
        Presence presence = context.getBean(Presence.class);
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq(ID))).thenReturn(Fixtures.accepted(ID, "Shared deal", "Shared"));
        ReferralDetailView page = navigate(ReferralDetailView.class, ID);

        assertThat(find(AvatarGroup.class).withId("presence").exists())
                .as("hidden while nobody else is there")
                .isFalse();

        verify(presenceApi).here(any(), eq(ID), anyString()); // the page said it is open
        String org = Fixtures.partnerAdmin().organization().id();
        Viewer me = new Viewer(Fixtures.partnerAdmin().id(), "Bob Lee", org, "Contoso");
        Viewer alice = new Viewer("alice-id", "Alice Kim", org, "Contoso");
        presence.update(ID, List.of(me, alice)); // as the event stream tells it
        roundTrip();
        AvatarGroup avatars = find(AvatarGroup.class).id("presence");
        assertThat(avatars.getItems())
                .extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactly("Alice Kim");
        assertThat(avatars.getI18n().getOneActiveUser()).isEqualTo("{count} other person has this referral open");

        // The vendor is a party to the deal: its seller is shown with her organization, her initials kept.
        presence.update(ID, List.of(me, alice, new Viewer("mia-id", "Mia Choi", "microsoft", "Microsoft")));
        roundTrip();
        assertThat(avatars.getItems())
                .extracting(AvatarGroup.AvatarGroupItem::getName)
                .containsExactly("Alice Kim", "Mia Choi (Microsoft)");
        assertThat(avatars.getItems().get(1).getAbbreviation()).isEqualTo("MC");

        presence.update(ID, List.of(me));
        roundTrip();
        assertThat(avatars.getItems()).isEmpty();
        assertThat(avatars.isVisible()).isFalse();

        // A redraw (a live event: even the server side of a browser closed minutes ago redraws) is no
        // sign of life: neither a goodbye nor another beat. Only the page's heartbeats are.
        page.reload();
        roundTrip();
        verify(presenceApi, times(1)).here(any(), eq(ID), anyString());
        verify(presenceApi, never()).left(any(), anyString(), anyString());

        // Leaving the page leaves the referral: the backend hears it, and the session forgets the referral.
        navigate(com.cosell.frontend.ui.account.HomeView.class);
        roundTrip();
        verify(presenceApi).left(any(), eq(ID), anyString());
        presence.update(ID, List.of(alice));
        assertThat(presence.others(ID, "someone-else")).isEmpty();
    }

    @Test
    void aStaticTeamIsAnnouncedAsPeopleNotAsActiveUsers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq(ID))).thenReturn(Fixtures.accepted(ID, "Shared deal", "Shared"));
        navigate(ReferralDetailView.class, ID);

        AvatarGroup team =
                find(AvatarGroup.class).from(find(Div.class).id("team-list")).single();
        assertThat(team.getI18n().getManyActiveUsers()).isEqualTo("{count} people");
        assertThat(team.getI18n().getOneActiveUser()).isEqualTo("{count} person");
        assertThat(team.getElement().getAttribute("role")).isEqualTo("group");
    }
}
