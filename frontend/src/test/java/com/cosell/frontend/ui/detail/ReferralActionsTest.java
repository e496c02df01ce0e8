package com.cosell.frontend.ui.detail;

import static com.cosell.frontend.ui.detail.ReferralAction.ACCEPT;
import static com.cosell.frontend.ui.detail.ReferralAction.DECLINE;
import static com.cosell.frontend.ui.detail.ReferralAction.ENGAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.backend.Stage;
import com.cosell.frontend.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Every stage against every kind of user: archived is always read-only, no role gets another's buttons. */
class ReferralActionsTest {

    @Test
    void archivedStagesOfferNothingToAnyone() {
        for (Stage stage : Stage.values()) {
            if (!stage.isArchived()) {
                continue;
            }
            var r = Fixtures.referral("r", "n", stage.status(), stage.substatus(), "Independent", "Incoming");
            assertThat(ReferralActions.allowed(r, Fixtures.partnerAdmin())).isEmpty();
            assertThat(ReferralActions.allowed(r, Fixtures.seller())).isEmpty();
        }
    }

    @Test
    void aPartnerWithoutAnAdminRoleGetsNothing() {
        assertThat(ReferralActions.allowed(Fixtures.received("r", "n"), Fixtures.partner())).isEmpty();
        assertThat(ReferralActions.allowed(Fixtures.received("r", "n"), Fixtures.partner("SELLER"))).isEmpty();
    }

    @Test
    void receivedIsAnsweredByItsReceiverOnly() {
        assertThat(ReferralActions.allowed(Fixtures.received("r", "n"), Fixtures.partnerAdmin()))
                .containsExactly(ACCEPT, DECLINE);
        assertThat(ReferralActions.allowed(Fixtures.received("r", "n"), Fixtures.seller()))
                .containsExactly(ENGAGE, DECLINE);
        var sent = Fixtures.referral("r", "n", "New", "Received", "Shared", "Outgoing");
        assertThat(ReferralActions.allowed(sent, Fixtures.partnerAdmin())).isEmpty();
    }
}
