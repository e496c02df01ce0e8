package com.cosell.backend.mail;

import static com.cosell.backend.mail.SmtpServer.body;
import static com.cosell.backend.mail.SmtpServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Who is mailed and what the mail says: the team and the admins (nobody else, nothing of a private
 * deal), the person's language, the referral link and one-click unsubscribe, muted kinds, the name
 * and address from the person's token; applications have no preferences.
 */
class MailNotificationTest extends MailTestBase {

    @Test
    void theTeamAndTheAdminsAreMailedNobodyElse() {
        String name = "Mail team " + System.nanoTime();
        JsonNode deal = api.create(
                "bob",
                Deals.sharedDeal(name, true)
                        .replace(
                                "{\"firstName\": \"Bob\", \"lastName\": \"Lee\", \"phoneNumber\": \"+82 10 1234 5678\", \"email\": \"bob@contoso.example.com\"}",
                                "{\"firstName\": \"Bob\", \"lastName\": \"Lee\", \"phoneNumber\": \"+82 10 1234 5678\","
                                        + " \"email\": \"BOB@example.com\"}, {\"firstName\": \"Fran\", \"lastName\": \"Other\","
                                        + " \"phoneNumber\": \"+82 10 1234 5679\", \"email\": \"fran@example.com\"}"));
        String request = api.engagement("mia", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        api.patch("mia", request, Deals.acceptPatch(name), null).expectStatus().isOk();
        // A private deal is its owner's alone, whoever its team names.
        api.create(
                "bob",
                Deals.privateDeal("Mail private " + System.nanoTime())
                        .replace("bob@contoso.example.com", "carol@example.com"));

        assertThat(sendNow()).isEqualTo(3);
        // The vendor's copy arrived: its admin hears of it, the seller who is not on its team does not.
        assertThat(subjects("vera@example.com"))
                .containsExactly("Co-sell: New inbound referral: " + name + " from Contoso Ltd.");
        // The vendor engaged: the partner's admin and the team member (address matched in any case).
        assertThat(subjects("alice@example.com")).containsExactly("Co-sell: Microsoft engaged on " + name);
        assertThat(subjects("bob@example.com")).containsExactly("Co-sell: Microsoft engaged on " + name);
        // Another organization's person on the team, the seller, a partner's non-admin: nothing.
        for (String other : List.of("fran@example.com", "mia@example.com", "carol@example.com", "dave@example.com")) {
            assertThat(SMTP.to(other)).as(other).isEmpty();
        }
        assertThat(sendNow()).isZero();
    }

    @Test
    void aMailIsInThePersonsLanguageWithTheReferralLinkAndOneClickUnsubscribe() throws Exception {
        putPrefs("alice", "{\"language\": \"ko\"}").expectStatus().isOk();
        String name = "메일 " + System.nanoTime();
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();
        String received = api.engagement("alice", engagement).get(0).get("id").asString();

        assertThat(sendNow()).isEqualTo(1);
        MimeMessage m = SMTP.to("alice@example.com").getFirst();
        assertThat(m.getSubject()).isEqualTo("Co-sell: 새 인바운드 추천: Microsoft의 " + name);
        assertThat(header(m, "Content-Language")).isEqualTo("ko");
        assertThat(header(m, "From")).contains("co-sell@cosell.test");
        assertThat(header(m, "Message-ID")).endsWith("@cosell>");
        assertThat(body(m))
                .contains("Alice Tester님")
                .contains("https://cosell.test/referrals/" + received)
                .contains("https://cosell.test/account/email");
        String unsubscribe = header(m, "List-Unsubscribe");
        assertThat(unsubscribe)
                .startsWith("<https://api.cosell.test/v1.0/email/unsubscribe?token=")
                .endsWith(">");
        assertThat(header(m, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(body(m)).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

        // Opening the link only asks, in the person's language; the one-click POST unsubscribes.
        String path = unsubscribe.substring("<https://api.cosell.test".length(), unsubscribe.length() - 1);
        String page = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("lang=\"ko\"").contains("method=\"post\"").contains("alice@example.com");
        assertThat(prefs("alice").get("delivery").asString()).isEqualTo("INSTANT");
        client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("List-Unsubscribe=One-Click")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(prefs("alice").get("delivery").asString()).isEqualTo("NONE");
        client.post()
                .uri("/v1.0/email/unsubscribe?token=00000000-0000-4000-8000-000000000000")
                .exchange()
                .expectStatus()
                .isNotFound();

        api.create("mia", Deals.sellerReferral("After unsubscribing " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isZero();
    }

    @Test
    void mutedKindsAreNotMailed() {
        JsonNode after = putPrefs("alice", "{\"kinds\": [\"ACCEPTED\", \"DECLINED\"]}")
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(after.get("kinds").toString()).isEqualTo("[\"ACCEPTED\",\"DECLINED\"]");
        api.create("mia", Deals.sellerReferral("Muted " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isZero();
        putPrefs("alice", "{\"kinds\": [\"NO_SUCH_KIND\"]}").expectStatus().isBadRequest();
        putPrefs("alice", "{\"language\": \"fr\"}").expectStatus().isBadRequest();
    }

    @Test
    void aPersonsNameAndAddressFollowTheirToken() {
        String renamed = TestIssuer.get()
                .token(
                        "alice",
                        "contoso",
                        List.of("MPN_ADMIN"),
                        claims -> claims.claim("email", "alice.kim@example.com"));
        JsonNode prefs = client.get()
                .uri(PREFS)
                .headers(h -> h.setBearerAuth(renamed))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(prefs.get("email").asString()).isEqualTo("alice.kim@example.com");
        api.create("mia", Deals.sellerReferral("Renamed " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isEqualTo(1);
        assertThat(SMTP.to("alice.kim@example.com")).hasSize(1);
    }

    @Test
    void applicationsHaveNoPreferences() {
        client.get()
                .uri(PREFS)
                .headers(h -> h.setBearerAuth(Users.token("contoso-crm")))
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
