package com.cosell.backend.contract;

import static com.cosell.backend.contract.Connector.REFERRALS;
import static com.cosell.backend.contract.Connector.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of Partner Center's Referrals connector, with the request shapes it sends, against
 * Co-sell; every answer validated against Partner Center's Referral schema. The connector signs in as
 * an application: contoso's and the vendor's integrations ({@code contoso-crm}, {@code microsoft-crm}).
 */
@BackendTest
class PartnerCenterContractTest {

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    Connector partner;
    Connector seller;

    @BeforeEach
    void setUp() {
        partner = new Connector(client, "http://localhost:" + port, () -> Users.token("contoso-crm"));
        seller = new Connector(client, "http://localhost:" + port, () -> Users.token("microsoft-crm"));
    }

    private static JsonNode ok(EntityExchangeResult<String> result, int status) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        return result.getResponseBody() == null ? null : json(result);
    }

    @Test
    void createGetListUpdateAndPatchAsTheConnectorDoes() {
        // CreateReferral: Partner Center's create example (New/Pending) starts Active/Accepted
        JsonNode created =
                ok(partner.create(PartnerCenterBodies.privateDeal("Tailspin ERP", "CRM-" + UUID.randomUUID())), 201);
        ReferralSchema.assertValid(created);
        assertThat(created.get("status").asString()).isEqualTo("Active");
        assertThat(created.get("substatus").asString()).isEqualTo("Accepted");
        assertThat(created.at("/links/relatedReferrals/method").asString()).isEqualTo("GET");
        String id = created.get("id").asString();

        // GetReferralById, and the relatedReferrals link leads to the engagement's referrals
        JsonNode got = ok(partner.get(REFERRALS + "/" + id), 200);
        ReferralSchema.assertValid(got);
        JsonNode related =
                ok(partner.follow(got.at("/links/relatedReferrals/uri").asString()), 200);
        ReferralSchema.assertValidPage(related);
        assertThat(related.at("/value/0/id").asString()).isEqualTo(id);

        // GetAllReferrals with each of the connector's query parameters
        String filter = "$filter=status eq 'Active' and direction eq 'Outgoing' and type eq 'Independent'"
                + " and team/any(t:t/email eq 'Bob@Contoso.example.com')";
        JsonNode page = ok(
                partner.get(REFERRALS + "?" + filter + "&$orderby=createdDateTime desc&$top=5&$skip=0"
                        + "&$count=true&$expand=relatedReferrals"),
                200);
        ReferralSchema.assertValidPage(page);
        assertThat(page.get("@odata.count").asLong()).isPositive();
        assertThat(page.get("value").size()).isBetween(1, 5);
        JsonNode selected =
                ok(partner.get(REFERRALS + "?$filter=id eq " + id + "&$select=id,status,customerProfile/name"), 200);
        ReferralSchema.assertValidPage(selected);
        JsonNode only = selected.at("/value/0");
        ok(partner.create(PartnerCenterBodies.privateDeal("Second deal", "CRM-" + UUID.randomUUID())), 201);
        JsonNode firstOfTwo = ok(partner.get(REFERRALS + "?$top=1&$select=id,name"), 200);
        JsonNode second = ok(partner.follow(firstOfTwo.get("@odata.nextLink").asString()), 200);
        assertThat(second.at("/value/0").propertyNames()).containsExactlyInAnyOrder("id", "name");
        assertThat(only.propertyNames()).containsExactlyInAnyOrder("id", "status", "customerProfile");
        assertThat(only.get("customerProfile").propertyNames()).containsExactly("name");

        // UpdateReferralById: the referral as read, sent back whole with one change and If-Match
        String edited = got.toString().replace("\"Tailspin ERP\"", "\"Tailspin ERP rollout\"");
        JsonNode updated = ok(partner.update(id, edited, got.get("eTag").asString()), 200);
        ReferralSchema.assertValid(updated);
        assertThat(updated.get("name").asString()).isEqualTo("Tailspin ERP rollout");
        assertThat(ok(partner.update(id, edited, got.get("eTag").asString()), 412))
                .isNotNull();

        // PatchReferralById: the paths of the connector's enum; 204 without Prefer
        EntityExchangeResult<String> patched =
                partner.patch(id, "", """
                [{"op": "replace", "path": "/details/dealValue", "value": 50000},
                 {"op": "replace", "path": "/referralProgram", "value": "Standard"},
                 {"op": "replace", "path": "/salesStage", "value": "Propose"},
                 {"op": "replace", "path": "/consent/consentToShareReferralWithMicrosoftSellers", "value": false},
                 {"op": "add", "path": "/team/-", "value": {"firstName": "Ann", "lastName": "Cho",
                   "phoneNumber": "+82 10 2222 3333", "email": "ann@contoso.example.com"}},
                 {"op": "add", "path": "/customerProfile/team/-", "value": {"firstName": "Jae", "lastName": "Park",
                   "phoneNumber": "+82 51 555 0102", "email": "jae@tailspin.example"}}]""", updated.get("eTag").asString());
        assertThat(patched.getStatus().value()).as(patched.getResponseBody()).isEqualTo(204);
        assertThat(patched.getResponseHeaders().getETag())
                .isNotEqualTo(updated.get("eTag").asString());
        JsonNode afterPatch = ok(partner.get(REFERRALS + "/" + id), 200);
        ReferralSchema.assertValid(afterPatch);
        assertThat(afterPatch.at("/details/dealValue").decimalValue()).isEqualByComparingTo("50000");
        assertThat(afterPatch.get("salesStage").asString()).isEqualTo("Propose");
        assertThat(afterPatch.get("team").size()).isEqualTo(2);
        assertThat(afterPatch.at("/customerProfile/team/1/email").asString()).isEqualTo("jae@tailspin.example");
        // The history names the integration that made each change
        JsonNode history = ok(partner.get(REFERRALS + "/" + id + "/history"), 200);
        assertThat(history.findValuesAsString("actorName")).isNotEmpty().containsOnly("contoso-crm (application)");
    }

    @Test
    void aSellersReferralWithTargetObjectsIsDeclinedInTheClientsOwnWords() {
        JsonNode sent = ok(seller.create(PartnerCenterBodies.sellerReferral("Contoso target objects", "contoso")), 201);
        ReferralSchema.assertValid(sent);
        assertThat(sent.at("/target/0/type").asString()).isEqualTo("BusinessProfileLocation");
        assertThat(sent.at("/target/0/id").asString()).isEqualTo("contoso");
        JsonNode inbound = ok(
                partner.get(REFERRALS + "?$filter=engagementId eq "
                        + sent.get("engagementId").asString()),
                200);
        ReferralSchema.assertValidPage(inbound);
        String received = inbound.at("/value/0/id").asString();

        EntityExchangeResult<String> declined = partner.patch(received, "", """
                [{"op": "replace", "path": "/status", "value": "Closed"},
                 {"op": "replace", "path": "/substatus", "value": "Declined"},
                 {"op": "replace", "path": "/statusReason", "value": "We have no capacity before Q3"}]""", null);
        assertThat(declined.getStatus().value()).as(declined.getResponseBody()).isEqualTo(204);
        JsonNode sellerView = ok(seller.get(REFERRALS + "/" + sent.get("id").asString()), 200);
        ReferralSchema.assertValid(sellerView);
        assertThat(sellerView.at("/relatedParties/0/substatus").asString()).isEqualTo("Declined");
        assertThat(sellerView.at("/relatedParties/0/statusReason").asString())
                .isEqualTo("We have no capacity before Q3");
    }

    @Test
    void dealRegistrationThroughTheConnectorsTwoPatchOperations() {
        String id = ok(
                        partner.create(PartnerCenterBodies.privateDeal(
                                "Registered via connector", "CRM-R-" + UUID.randomUUID())),
                        201)
                .get("id")
                .asString();
        assertThat(partner.patch(id, "", """
                [{"op": "replace", "path": "/status", "value": "Closed"},
                 {"op": "replace", "path": "/substatus", "value": "Won"}]""", null).getStatus().value()).isEqualTo(204);
        Instant signed = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant end = signed.plus(365, ChronoUnit.DAYS);

        // CreateDealRegistrationByReferralId: PATCH …/referrals/{id}/
        EntityExchangeResult<String> registered = partner.patch(
                id, "/", PartnerCenterBodies.registration(signed.toString(), signed.toString(), end.toString()), null);
        assertThat(registered.getStatus().value())
                .as(registered.getResponseBody())
                .isEqualTo(204);
        JsonNode withRegistration = ok(partner.get(REFERRALS + "/" + id), 200);
        ReferralSchema.assertValid(withRegistration);
        assertThat(withRegistration.get("registrationStatus").asString()).isEqualTo("ReviewPending");
        JsonNode registration = withRegistration.at("/registrations/0");
        assertThat(registration.at("/contract/term").asString()).isEqualTo("Finite");
        assertThat(registration.at("/contract/value").decimalValue()).isEqualByComparingTo("36000");
        assertThat(registration.at("/solutionDetails/0/pricingModel").asString())
                .isEqualTo("PayAsYouGo");

        // PatchDealRegistrationByReferralId: PATCH …/referrals/{id}//
        EntityExchangeResult<String> amended = partner.patch(id, "//", """
                [{"op": "replace", "path": "/registrations/0/contract/value", "value": 40000},
                 {"op": "replace", "path": "/registrations/0/solutionDetails/0/isDeployedOnAzure", "value": false}]""", null);
        assertThat(amended.getStatus().value()).as(amended.getResponseBody()).isEqualTo(204);
        JsonNode after = ok(partner.get(REFERRALS + "/" + id), 200);
        ReferralSchema.assertValid(after);
        assertThat(after.at("/registrations/0/contract/value").decimalValue()).isEqualByComparingTo("40000");
        assertThat(after.at("/registrations/0/solutionDetails/0/isDeployedOnAzure")
                        .asBoolean())
                .isFalse();

        // A registration is added once; a second add is a conflict, never a second registration
        EntityExchangeResult<String> again = partner.patch(
                id, "/", PartnerCenterBodies.registration(signed.toString(), signed.toString(), end.toString()), null);
        assertThat(again.getStatus().value()).isEqualTo(409);
    }

    @Test
    void badValuesAreStillClearErrors() {
        String body = PartnerCenterBodies.privateDeal("Bad stage", "CRM-B-" + UUID.randomUUID());
        EntityExchangeResult<String> badEnum = partner.create(body.replace("\"Develop\"", "\"Negotiate\""));
        assertThat(badEnum.getStatus().value()).isEqualTo(400);
        assertThat(json(badEnum).at("/errors/0/field").asString()).isEqualTo("salesStage");
        EntityExchangeResult<String> badType = partner.create(body.replace("42000.5", "\"a lot\""));
        assertThat(badType.getStatus().value()).isEqualTo(400);
        assertThat(json(badType).at("/errors/0/field").asString()).isEqualTo("details/dealValue");
        EntityExchangeResult<String> closed = partner.create(body.replace(
                "\"status\": \"New\", \"substatus\": \"Pending\"", "\"status\": \"Closed\", \"substatus\": \"Won\""));
        assertThat(closed.getStatus().value()).isEqualTo(400);
        assertThat(badType.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(ok(partner.get(REFERRALS + "?$select=id,nonsense"), 400)
                        .get("detail")
                        .asString())
                .contains("nonsense");
    }
}
