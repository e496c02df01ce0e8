package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a deal stands: a seller's referral to a partner stands where the partner's answer put it. */
class ReferralStandingTest {

    private static Referral sentTo(String partner, List<Referral.RelatedParty> parties) {
        Referral r = Fixtures.referral("r-1", "Northwind", "Active", "Accepted", "Shared", "Outgoing");
        return new Referral(r.id(), r.engagementId(), "microsoft", "Microsoft", r.name(), null, null,
                r.createdDateTime(), r.updatedDateTime(), null, null, null, r.status(), r.substatus(), null, r.type(),
                null, r.direction(), null, false, r.customerProfile(), r.consent(), r.details(), r.team(), null,
                List.of(new Referral.Target("BusinessProfileLocation", partner)), null, r.eTag(), null, parties);
    }

    @Test
    void aReferralSentToAPartnerStandsWhereThePartnerPutIt() {
        Referral declined = sentTo("contoso", List.of(
                new Referral.RelatedParty("contoso", "Contoso Ltd.", "Closed", "Declined", "No capacity")));
        assertThat(declined.stage()).contains(Stage.ACCEPTED);
        assertThat(declined.standing()).contains(Stage.DECLINED);
        assertThat(declined.listRow().standing()).contains(Stage.DECLINED);
        assertThat(sentTo("contoso", List.of(new Referral.RelatedParty("contoso", "Contoso Ltd.", "New", "Received",
                null))).standing()).contains(Stage.RECEIVED);
    }

    @Test
    void anyOtherReferralStandsAtItsOwnStage() {
        Referral own = Fixtures.referral("r-2", "Own deal", "Closed", "Won", "Shared", "Outgoing");
        assertThat(own.standing()).contains(Stage.WON);
        // A partner the referral was not sent to does not decide where it stands
        assertThat(sentTo("contoso", List.of(new Referral.RelatedParty("fabrikam", "Fabrikam", "Closed", "Lost",
                null))).standing()).contains(Stage.ACCEPTED);
    }
}
