package com.cosell.backend.identity;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** An integration signed in as itself (client credentials) works the API and is named as itself. */
@BackendTest
class ApplicationCallerApiTest {

    private static final TestIssuer ISSUER = TestIssuer.get();

    /** Fresh each call: the test issuer's tokens live five minutes. */
    private static String contosoCrm() {
        return ISSUER.applicationToken("contoso-crm", "contoso", "MPN_ADMIN");
    }

    private static String microsoftCrm() {
        return ISSUER.applicationToken("microsoft-crm", "microsoft", "SELLER");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    private JsonNode send(String method, String token, String uri, String body, int status) {
        WebTestClient.RequestBodySpec request =
                client.method(HttpMethod.valueOf(method)).uri(uri).headers(h -> h.setBearerAuth(token));
        WebTestClient.RequestHeadersSpec<?> ready = body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        String answer = ready.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return Api.json(answer == null ? "null" : answer);
    }

    @Test
    void aDealCreatedByAnApplicationNamesTheApplicationInHistoryAndInTheEventLog() {
        JsonNode created =
                send("POST", contosoCrm(), REFERRALS, Deals.privateDeal("CRM sync " + UUID.randomUUID()), 201);
        String id = created.get("id").asString();

        JsonNode history = send("GET", contosoCrm(), REFERRALS + "/" + id + "/history", null, 200);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("actorName").asString()).isEqualTo("contoso-crm (application)");
        assertThat(history.get(0).get("actorId").asString()).isEqualTo("sa-contoso-crm");
        // a person of the same organization reads the same history
        assertThat(new Api(client)
                        .read("bob", REFERRALS + "/" + id + "/history")
                        .get(0)
                        .get("actorName")
                        .asString())
                .isEqualTo("contoso-crm (application)");

        List<Map<String, Object>> events = db.sql(
                        "SELECT type, actor_id, actor_name FROM referral_event " + "WHERE referral_id = :id")
                .bind("id", UUID.fromString(id))
                .fetch()
                .all()
                .collectList()
                .block();
        assertThat(events).extracting(e -> e.get("actor_name")).containsOnly("contoso-crm (application)");
        assertThat(events).extracting(e -> e.get("actor_id")).containsOnly("sa-contoso-crm");
        assertThat(events).extracting(e -> e.get("type")).contains("referral-created");
    }

    @Test
    void aSellersApplicationSendsAReferralAndThePartnerSeesWhoSentIt() {
        String body = Deals.sellerReferral("CRM lead " + UUID.randomUUID(), "fabrikam");
        JsonNode sent = send("POST", microsoftCrm(), REFERRALS, body, 201);
        Api api = new Api(client);
        JsonNode copy =
                api.engagement("carol", sent.get("engagementId").asString()).get(0);

        JsonNode history = api.read("carol", REFERRALS + "/" + copy.get("id").asString() + "/history");
        assertThat(history.get(0).get("actorName").asString()).isEqualTo("microsoft-crm (application)");
        // the partner's own integration reads the same copy and history (Users knows the demo integrations)
        assertThat(api.read("fabrikam-crm", REFERRALS + "/" + copy.get("id").asString() + "/history")
                        .get(0)
                        .get("actorName")
                        .asString())
                .isEqualTo("microsoft-crm (application)");

        // organization isolation holds for applications as for people
        send("GET", contosoCrm(), REFERRALS + "/" + copy.get("id").asString(), null, 404);
        send("GET", contosoCrm(), REFERRALS + "/" + sent.get("id").asString() + "/history", null, 404);
        JsonNode contosoList = send(
                "GET",
                contosoCrm(),
                REFERRALS + "?$filter=engagementId eq "
                        + sent.get("engagementId").asString(),
                null,
                200);
        assertThat(contosoList.get("value")).isEmpty();
    }

    @Test
    void anApplicationsRolesCountAsAPersonsDo() {
        // a partner's application sends to partners as its admins do: a partner's deal, with the deal's rules
        send("POST", contosoCrm(), REFERRALS, Deals.sellerReferral("Not a deal", "fabrikam"), 400);
        String noRole = ISSUER.applicationToken("bare-crm", "contoso");
        send("POST", noRole, REFERRALS, Deals.invitingDeal("No role", "fabrikam"), 403);
        send("GET", noRole, REFERRALS, null, 403);
        String noOrganization = ISSUER.applicationToken("lost-crm", "umbrella", "MPN_ADMIN");
        JsonNode problem = send("GET", noOrganization, REFERRALS, null, 403);
        assertThat(problem.get("status").asInt()).isEqualTo(403);
    }

    @Test
    void meDescribesTheApplication() {
        JsonNode me = send("GET", contosoCrm(), "/v1.0/me", null, 200);
        assertThat(me.get("name").asString()).isEqualTo("contoso-crm");
        assertThat(me.has("email")).isFalse();
        assertThat(me.get("organization").get("id").asString()).isEqualTo("contoso");
    }
}
