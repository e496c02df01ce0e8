package com.cosell.frontend.backend;

import static com.cosell.frontend.support.Fixtures.party;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a deal stands: a seller's referral to a partner stands where the partner's answer put it. */
class ReferralStandingTest {

    private static Referral sentTo(String partner, List<RelatedParty> parties) {
        return Fixtures.sentTo(
                Fixtures.referral(Fixtures.id("r-1"), "Northwind", "Active", "Accepted", "Shared", "Outgoing"),
                partner,
                parties);
    }

    @Test
    void aReferralSentToAPartnerStandsWhereThePartnerPutIt() {
        Referral declined =
                sentTo("contoso", List.of(party("contoso", "Contoso Ltd.", "Closed", "Declined", "No capacity")));
        assertThat(declined.stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(Referrals.standing(declined)).contains(Stage.DECLINED);
        assertThat(Referrals.standing(Referrals.listRow(declined))).contains(Stage.DECLINED);
        assertThat(Referrals.standing(
                        sentTo("contoso", List.of(party("contoso", "Contoso Ltd.", "New", "Received", null)))))
                .contains(Stage.RECEIVED);
    }

    @Test
    void anyOtherReferralStandsAtItsOwnStage() {
        Referral own = Fixtures.referral(Fixtures.id("r-2"), "Own deal", "Closed", "Won", "Shared", "Outgoing");
        assertThat(Referrals.standing(own)).contains(Stage.WON);
        // A partner the referral was not sent to does not decide where it stands
        assertThat(Referrals.standing(
                        sentTo("contoso", List.of(party("fabrikam", "Fabrikam", "Closed", "Lost", null)))))
                .contains(Stage.ACCEPTED);
    }
}
