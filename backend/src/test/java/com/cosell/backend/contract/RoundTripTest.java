package com.cosell.backend.contract;

import static com.cosell.backend.contract.Connector.REFERRALS;
import static com.cosell.backend.contract.Connector.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Every writable field of Partner Center's Referral survives create → get, and a PUT of what was read changes nothing. */
@BackendTest
class RoundTripTest {

    /** JSON Pointers of the writable fields, as sent and as read back. */
    private static final List<String> WRITABLE = List.of(
            "/name",
            "/externalReferenceId",
            "/campaignId",
            "/type",
            "/qualification",
            "/salesStage",
            "/referralProgram",
            "/callToAction",
            "/referralSource",
            "/mpnId",
            "/lastModifiedVia",
            "/lastRunId",
            "/trackingInfo",
            "/customerProfile/name",
            "/customerProfile/size",
            "/customerProfile/address",
            "/customerProfile/ids",
            "/customerProfile/team",
            "/details/notes",
            "/details/currency",
            "/details/closingDateTime",
            "/details/customerAction",
            "/details/customerRequestedContact",
            "/details/requirements/industries",
            "/details/requirements/products",
            "/details/requirements/services",
            "/details/requirements/offers",
            "/details/requirements/additionalRequirements",
            "/details/requirements/solutions/0/id",
            "/details/requirements/solutions/1/id",
            "/team",
            "/consent/consentToShareReferralWithMicrosoftSellers");

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @Test
    void everyWritableFieldSurvivesCreateAndGet() {
        Connector partner = new Connector(client, "http://localhost:" + port, () -> Users.token("bob"));
        JsonNode sent = Api.json(PartnerCenterBodies.privateDeal("Round trip", "CRM-RT-" + UUID.randomUUID()));
        var created = partner.create(sent.toString());
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        JsonNode read =
                json(partner.get(REFERRALS + "/" + json(created).get("id").asString()));

        for (String field : WRITABLE) {
            assertThat(read.at(field)).as(field).isEqualTo(sent.at(field));
        }
        assertThat(read.at("/details/dealValue").decimalValue())
                .isEqualByComparingTo(sent.at("/details/dealValue").decimalValue());
        // PascalCase consent flags are read as Partner Center reads them, and answered in its camelCase
        assertThat(read.at("/consent/consentToContact").asBoolean()).isTrue();
        assertThat(read.at("/consent/consentToToShareInfoWithOthers").asBoolean())
                .isTrue();
        assertThat(read.at("/consent/consentToMicrosoftToContactSpecificPartners")
                        .asBoolean())
                .isFalse();
        // Read-only fields the client echoed were ignored, not stored
        assertThat(read.get("direction").asString()).isEqualTo("Outgoing");
        assertThat(read.has("tags")).isFalse();
        assertThat(read.has("registrationStatus")).isFalse();
        assertThat(read.get("acceptedDateTime").asString()).isNotEqualTo("2020-01-01T00:00:00Z");
        ReferralSchema.assertValid(read);

        // The referral as read, sent back whole: nothing changes, not even the version
        var put = partner.update(
                read.get("id").asString(), read.toString(), read.get("eTag").asString());
        assertThat(put.getStatus().value()).as(put.getResponseBody()).isEqualTo(200);
        assertThat(json(put).get("eTag").asString()).isEqualTo(read.get("eTag").asString());
        assertThat(json(put)).isEqualTo(read);
    }

    @Test
    void whoInvitedWhomIsTheServersToSayNotTheReceivers() {
        Connector seller = new Connector(client, "http://localhost:" + port, () -> Users.token("mia"));
        Connector partner = new Connector(client, "http://localhost:" + port, () -> Users.token("bob"));
        JsonNode sent = json(seller.create(PartnerCenterBodies.sellerReferral("Invited by whom", "contoso")));
        JsonNode copy = json(partner.get(REFERRALS + "?$filter=engagementId eq "
                        + sent.get("engagementId").asString()))
                .at("/value/0");
        var accepted = partner.patch(copy.get("id").asString(), "", """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/inviteContext/invitedBy", "value": {"organizationId": "evil", "organizationName": "Evil"}},
                 {"op": "replace", "path": "/inviteContext/notes", "value": "Our own note"}]""", null);
        assertThat(accepted.getStatus().value()).as(accepted.getResponseBody()).isEqualTo(204);

        JsonNode read = json(partner.get(REFERRALS + "/" + copy.get("id").asString()));
        assertThat(read.at("/inviteContext/invitedBy/organizationId").asString())
                .isEqualTo("microsoft");
        assertThat(read.at("/inviteContext/invitedBy/organizationName").asString())
                .isEqualTo("Microsoft");
        assertThat(read.at("/inviteContext/notes").asString()).isEqualTo("Our own note");
        var put = partner.update(
                read.get("id").asString(),
                read.toString().replace("\"Microsoft\"", "\"Evil\""),
                read.get("eTag").asString());
        assertThat(json(put).at("/inviteContext/invitedBy/organizationName").asString())
                .isEqualTo("Microsoft");
    }
}
