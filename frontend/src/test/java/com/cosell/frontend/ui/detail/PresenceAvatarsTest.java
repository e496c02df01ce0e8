package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

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
        navigate(ReferralDetailView.class, ID);

        assertThat(find(AvatarGroup.class).withId("presence").exists()).as("hidden while nobody else is there").isFalse();

        var mia = presence.join(ID, new Presence.Viewer("other-tab", "mia-id", "Mia Choi"), () -> { });
        roundTrip();
        AvatarGroup avatars = find(AvatarGroup.class).id("presence");
        assertThat(avatars.getItems()).extracting(AvatarGroup.AvatarGroupItem::getName).containsExactly("Mia Choi");
        assertThat(avatars.getI18n().getOneActiveUser()).isEqualTo("{count} other person has this referral open");

        mia.remove();
        roundTrip();
        assertThat(avatars.getItems()).isEmpty();
        assertThat(avatars.isVisible()).isFalse();

        // Leaving the page leaves the referral: nobody sees this user there any more.
        navigate(com.cosell.frontend.ui.HomeView.class);
        assertThat(presence.others(ID, "someone-else")).isEmpty();
    }

    @Test
    void aStaticTeamIsAnnouncedAsPeopleNotAsActiveUsers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq(ID))).thenReturn(Fixtures.accepted(ID, "Shared deal", "Shared"));
        navigate(ReferralDetailView.class, ID);

        AvatarGroup team = find(AvatarGroup.class).from(find(Div.class).id("team-list")).single();
        assertThat(team.getI18n().getManyActiveUsers()).isEqualTo("{count} people");
        assertThat(team.getI18n().getOneActiveUser()).isEqualTo("{count} person");
        assertThat(team.getElement().getAttribute("role")).isEqualTo("group");
    }
}
