package com.cosell.frontend.ui.detail;

import static com.cosell.frontend.ui.detail.ReferralAction.ACCEPT;
import static com.cosell.frontend.ui.detail.ReferralAction.DECLINE;
import static com.cosell.frontend.ui.detail.ReferralAction.ENGAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Stage;
import com.cosell.frontend.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Every stage against every kind of user: archived is always read-only, no role gets another's buttons. */
class ReferralActionsTest {

    private static final String R = Fixtures.id("r");

    @Test
    void archivedStagesOfferNothingToAnyone() {
        for (Stage stage : Stage.values()) {
            if (!stage.isClosed()) {
                continue;
            }
            var r = Fixtures.referral(
                    R, "n", stage.status().name(), stage.substatus().name(), "Independent", "Incoming");
            assertThat(ReferralActions.allowed(r, Fixtures.partnerAdmin())).isEmpty();
            assertThat(ReferralActions.allowed(r, Fixtures.seller())).isEmpty();
        }
    }

    @Test
    void aPartnerWithoutAnAdminRoleGetsNothing() {
        assertThat(ReferralActions.allowed(Fixtures.received(R, "n"), Fixtures.partner()))
                .isEmpty();
        assertThat(ReferralActions.allowed(Fixtures.received(R, "n"), Fixtures.partner("SELLER")))
                .isEmpty();
    }

    @Test
    void receivedIsAnsweredByItsReceiverOnly() {
        assertThat(ReferralActions.allowed(Fixtures.received(R, "n"), Fixtures.partnerAdmin()))
                .containsExactly(ACCEPT, DECLINE);
        assertThat(ReferralActions.allowed(Fixtures.received(R, "n"), Fixtures.seller()))
                .containsExactly(ENGAGE, DECLINE);
        var sent = Fixtures.referral(R, "n", "New", "Received", "Shared", "Outgoing");
        assertThat(ReferralActions.allowed(sent, Fixtures.partnerAdmin())).isEmpty();
    }
}
