package com.cosell.backend.referral;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Bad requests answer problem+json naming what is wrong, never 500, and write nothing. */
class ReferralBadInputTest extends ApiTestBase {

    private long rows() {
        return db.sql("SELECT (SELECT count(*) FROM referral) + (SELECT count(*) FROM referral_event) AS n")
                .map(r -> r.get("n", Long.class))
                .one()
                .block();
    }

    private void refusedAndNothingWritten(String body, int status, String fieldOrDetail) {
        long before = rows();
        String problem = api.post("bob", REFERRALS, body)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem).contains(fieldOrDetail);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void unknownField() {
        refusedAndNothingWritten(
                Deals.privateDeal("x").replace("\"name\"", "\"colour\": \"red\", \"name\""),
                400,
                "Unknown field 'colour'");
    }

    @Test
    void wrongType() {
        refusedAndNothingWritten(Deals.privateDeal("x").replace("125000.50", "\"lots\""), 400, "details/dealValue");
    }

    @Test
    void invalidEnumValue() {
        refusedAndNothingWritten(Deals.privateDeal("x").replace("\"Independent\"", "\"Secret\""), 400, "type");
    }

    @Test
    void malformedJson() {
        refusedAndNothingWritten("{\"name\": ", 400, "not valid JSON");
    }

    @Test
    void serverManagedFieldsCannotBeSet() {
        refusedAndNothingWritten(
                Deals.privateDeal("x").replace("\"name\"", "\"organizationId\": \"fabrikam\", \"name\""),
                400,
                "organizationId");
    }

    @Test
    void createValidationNamesEveryField() {
        String body = """
                {"name": " ", "customerProfile": {"name": "", "address": {"city": "Seoul", "country": "XX"},
                   "ids": [{"profileType": "Duns", "id": "12"}]},
                 "details": {"dealValue": -1, "currency": "EURO", "closingDateTime": "2020-01-01T00:00:00Z",
                   "requirements": {"solutions": []}},
                 "team": [{"firstName": "A", "lastName": "B", "phoneNumber": "x", "email": "not-an-email"}]}""";
        long before = rows();
        JsonNode problem = Api.json(api.post("bob", REFERRALS, body)
                .expectStatus()
                .isBadRequest()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        assertThat(problem.get("errors").findValuesAsString("field"))
                .contains(
                        "name",
                        "customerProfile/name",
                        "customerProfile/address/country",
                        "customerProfile/ids/0/id",
                        "details/dealValue",
                        "details/currency",
                        "details/closingDateTime",
                        "details/requirements/solutions",
                        "team/0/email",
                        "team/0/phoneNumber");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void solutionsMustBeInTheVisibleCatalogue() {
        // Fabrikam's internal toolkit is not co-sell ready: contoso cannot put it on a deal.
        refusedAndNothingWritten(
                Deals.privateDeal("x").replace(Deals.AZURE, Deals.FABRIKAM_INTERNAL),
                400,
                "details/requirements/solutions/1/id");
    }

    @Test
    void sharingNeedsTheKindOfHelpAndACustomerContact() {
        String shared = Deals.privateDeal("x").replace("\"Independent\"", "\"Shared\"");
        refusedAndNothingWritten(shared, 400, "inviteContext/assistanceRequestCode");
    }

    @Test
    void hugeBodyIsRefusedBeforeParsing() {
        String huge = Deals.privateDeal("x").replace("Internal: margin is thin", "x".repeat(400_000));
        long before = rows();
        api.post("bob", REFERRALS, huge)
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void oversizedHeaderIsRefused() {
        client.get()
                .uri(REFERRALS)
                .headers(h -> {
                    h.setBearerAuth(Users.token("bob"));
                    h.set("X-Padding", "y".repeat(20_000));
                })
                .exchange()
                .expectStatus()
                .value(s -> assertThat(s).isIn(400, 431));
    }

    @Test
    void wrongContentType() {
        client.post()
                .uri(REFERRALS)
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[{\"op\":\"remove\",\"path\":\"/name\"}]",
                "[{\"op\":\"replace\",\"path\":\"/organizationId\",\"value\":\"fabrikam\"}]",
                "[{\"op\":\"replace\",\"path\":\"/id\",\"value\":\"00000000-0000-4000-8000-000000000000\"}]",
                "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"x\"}]",
                "[{\"op\":\"replace\",\"path\":\"/team/7/email\",\"value\":\"x@y.z\"}]",
                "[{\"op\":\"replace\",\"path\":\"/details/dealValue\",\"value\":\"free\"}]",
                "[{\"op\":\"replace\",\"path\":\"/salesStage\",\"value\":\"Negotiate\"}]",
                "{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}",
                "[]"
            })
    void invalidPatchesAreRefusedAndChangeNothing(String patch) {
        JsonNode deal = api.create("bob", Deals.privateDeal("Patch target"));
        String id = deal.get("id").asString();
        long before = rows();
        api.patch("bob", id, patch, null)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isNotEmpty();
        assertThat(rows()).isEqualTo(before);
        assertThat(api.read("bob", REFERRALS + "/" + id).get("eTag").asString())
                .isEqualTo(deal.get("eTag").asString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "$filter=colour eq 'red'",
                "$filter=organizationId ne 'x'",
                "$filter=name eq 'x' or",
                "$filter=status eq 'Sleeping'",
                "$filter=details/dealValue gt 'many'",
                "$filter=name eq 'x'; DROP TABLE referral; --",
                "$orderby=colour desc",
                "$top=0",
                "$top=100000",
                "$top=abc",
                "$skip=-1",
                "$count=maybe"
            })
    void malformedQueriesAre400(String query) {
        api.get("bob", REFERRALS + "?" + query)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isNotEmpty();
    }

    @Test
    void unknownReferralIs404AndBadIdIs400() {
        api.get("bob", REFERRALS + "/00000000-0000-4000-8000-000000000000")
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get("bob", REFERRALS + "/not-a-uuid")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
