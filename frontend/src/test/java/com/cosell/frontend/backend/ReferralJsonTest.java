package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the frontend sends must be exactly Partner Center's shape: the backend refuses unknown fields. */
class ReferralJsonTest {

    @Test
    void aDraftHasNoPropertiesBeyondTheApiContract() {
        Referral draft = Referrals.draft(
                "Deal",
                ReferralType.Shared,
                "CRM-1",
                null,
                new CustomerProfile("Woodgrove", null, null, null, null),
                null,
                new Referral.Details(null, BigDecimal.TEN, "USD", null, null, null, null),
                null,
                null,
                List.of("contoso"));
        JsonNode json = JsonMapper.builder().build().valueToTree(draft);
        assertThat(json.propertyNames())
                .containsExactlyInAnyOrder(
                        "name", "type", "externalReferenceId", "customerProfile", "details", "target");
    }

    @Test
    void readsTheBackendsPartnerCenterShapes() {
        Referral r = JsonMapper.builder().build().readValue("""
                {"id": "00000000-0000-4000-8000-0000000000a1", "status": "Active", "substatus": "Accepted", "referralProgram": "Standard",
                 "target": [{"type": "BusinessProfileLocation", "id": "contoso"}],
                 "links": {"self": {"uri": "/v1.0/engagements/referrals/00000000-0000-4000-8000-0000000000a1", "method": "GET"},
                   "relatedReferrals": {"uri": "/v1.0/engagements/referrals?$filter=engagementId%20eq%20e-1", "method": "GET"}},
                 "relatedParties": [{"organizationId": "contoso", "organizationName": "Contoso Ltd.",
                   "status": "Closed", "substatus": "Declined", "statusReason": "No capacity"}],
                 "registrations": [{"id": "00000000-0000-4000-8000-0000000000b1", "status": "ActionRequired", "statusReason": "Attach the order",
                   "contract": {"value": 36000, "currency": "USD", "term": "Finite"}}]}""", Referral.class);
        assertThat(r.target()).containsExactly(new Referral.Target("BusinessProfileLocation", "contoso", null));
        assertThat(r.links().relatedReferrals().method()).isEqualTo("GET");
        assertThat(r.parties().getFirst().statusReason()).isEqualTo("No capacity");
        assertThat(Referrals.standing(r)).contains(Stage.DECLINED);
        assertThat(r.registration().statusReason()).isEqualTo("Attach the order");
        assertThat(r.registration().contract().value()).isEqualByComparingTo("36000");
    }
}
