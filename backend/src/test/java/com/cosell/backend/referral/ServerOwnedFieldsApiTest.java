package com.cosell.backend.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiving partner cannot rewrite who sent a referral (or whose copy it is) by PATCH or PUT —
 * under the field's own name or any other spelling, since names are read in any case.
 */
@BackendTest
class ServerOwnedFieldsApiTest {

    @Autowired
    WebTestClient client;

    Api api;
    String id;

    @BeforeEach
    void bobAcceptsMiasReferral() {
        api = new Api(client);
        JsonNode sent = api.create("mia", Deals.sellerReferral("Sender kept", "contoso"));
        JsonNode received =
                api.engagement("bob", sent.get("engagementId").asString()).get(0);
        id = received.get("id").asString();
        api.patch(
                        "bob",
                        id,
                        Deals.acceptPatch("Sender kept"),
                        received.get("eTag").asString())
                .expectStatus()
                .isOk();
    }

    @Test
    void patchKeepsTheSender() {
        for (String path :
                new String[] {"/inviteContext/invitedBy", "/inviteContext/InvitedBy", "/inviteContext/INVITEDBY"}) {
            api.patch("bob", id, """
                    [{"op": "add", "path": "%s", "value": {"organizationId": "fabrikam", "organizationName": "Evil"}},
                     {"op": "replace", "path": "/name", "value": "Renamed %s"}]""".formatted(path, path), null).expectStatus().isOk();
            assertSenderKept("Renamed " + path);
        }
        api.patch("bob", id, """
                [{"op": "replace", "path": "/inviteContext/invitedBy", "value": null},
                 {"op": "replace", "path": "/name", "value": "Removed"}]""", null).expectStatus().isOk();
        assertSenderKept("Removed");
    }

    @Test
    void putKeepsTheSender() {
        JsonNode read = api.read("bob", Api.REFERRALS + "/" + id);
        ObjectNode body = (ObjectNode) read.deepCopy();
        body.put("name", "Put with a forged sender");
        ((ObjectNode) body.get("inviteContext"))
                .putObject("InvitedBy")
                .put("organizationId", "fabrikam")
                .put("organizationName", "Evil");
        body.put("OrganizationId", "fabrikam").put("ORGANIZATIONNAME", "Evil").put("Direction", "Outgoing");
        api.put("bob", id, body.toString(), read.get("eTag").asString())
                .expectStatus()
                .isOk();
        assertSenderKept("Put with a forged sender");

        read = api.read("bob", Api.REFERRALS + "/" + id);
        body = (ObjectNode) read.deepCopy();
        body.remove("inviteContext");
        body.putObject("InviteContext").putObject("invitedBy").put("organizationId", "fabrikam");
        body.put("name", "Put with the context renamed");
        api.put("bob", id, body.toString(), read.get("eTag").asString())
                .expectStatus()
                .isOk();
        assertSenderKept("Put with the context renamed");
    }

    @Test
    void theContextTwiceIsAmbiguous() {
        JsonNode read = api.read("bob", Api.REFERRALS + "/" + id);
        ObjectNode body = (ObjectNode) read.deepCopy();
        body.putObject("INVITECONTEXT").put("notes", "second");
        api.put("bob", id, body.toString(), read.get("eTag").asString())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("inviteContext is given 2 times"));
    }

    private void assertSenderKept(String name) {
        JsonNode read = api.read("bob", Api.REFERRALS + "/" + id);
        assertThat(read.get("name").asString()).isEqualTo(name);
        assertThat(read.at("/inviteContext/invitedBy/organizationId").asString())
                .isEqualTo("microsoft");
        assertThat(read.at("/inviteContext/invitedBy/organizationName").asString())
                .isEqualTo("Microsoft");
        assertThat(read.get("organizationId").asString()).isEqualTo("contoso");
        assertThat(read.get("organizationName").asString()).isEqualTo("Contoso Ltd.");
        assertThat(read.get("direction").asString()).isEqualTo("Incoming");
        assertThat(api.engagement("carol", read.get("engagementId").asString())).isEmpty();
    }
}
