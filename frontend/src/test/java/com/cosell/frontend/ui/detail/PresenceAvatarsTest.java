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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detail page shows who else has the referral open, and follows them coming and going. */
class PresenceAvatarsTest extends ViewTestBase {

    @Test
    void showsTheOtherPeopleLookingAtTheSameReferral() {
        Presence presence = context.getBean(Presence.class);
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq("00000000-0000-4000-8000-00000000001b"))).thenReturn(Fixtures.accepted("00000000-0000-4000-8000-00000000001b", "Shared deal", "Shared"));
        navigate(ReferralDetailView.class, "00000000-0000-4000-8000-00000000001b");

        AvatarGroup avatars = find(AvatarGroup.class).id("presence");
        assertThat(avatars.getItems()).isEmpty();

        var mia = presence.join("00000000-0000-4000-8000-00000000001b", new Presence.Viewer("other-tab", "mia-id", "Mia Choi"), () -> { });
        roundTrip();
        assertThat(avatars.getItems()).extracting(AvatarGroup.AvatarGroupItem::getName).containsExactly("Mia Choi");

        mia.remove();
        roundTrip();
        assertThat(avatars.getItems()).isEmpty();

        // Leaving the page leaves the referral: nobody sees this user there any more.
        navigate(com.cosell.frontend.ui.HomeView.class);
        assertThat(presence.others("00000000-0000-4000-8000-00000000001b", "someone-else")).isEmpty();
    }
}
