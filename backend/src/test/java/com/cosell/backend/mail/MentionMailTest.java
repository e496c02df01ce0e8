package com.cosell.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A comment's mention is mailed to the person mentioned alone — not their organization's admins or
 * the referral's team, never anyone of another organization — unless they muted mentions.
 */
class MentionMailTest extends MailTestBase {

    @Test
    void theMentionedPersonIsMailedAndNobodyElse() throws Exception {
        String name = "Mention mail " + System.nanoTime();
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();
        String bobs = api.engagement("bob", engagement).get(0).get("id").asString();
        worker.sendDue(Instant.now()).block(); // the new referral's own mail
        SMTP.clear();

        comment(bobs, "{\"channel\": \"internal\", \"body\": \"@Alice see this\", \"mentions\": [\"id-alice\"]}");
        comment(bobs, "{\"channel\": \"parties\", \"body\": \"@Mia over to you\", \"mentions\": [\"id-mia\"]}");
        assertThat(worker.sendDue(Instant.now()).block()).isEqualTo(2);
        assertThat(SMTP.to("alice@example.com")).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Co-sell: Bob Tester mentioned you in a comment on " + name);
            assertThat(SmtpServer.body(m)).contains("https://cosell.test/referrals/" + bobs);
        });
        assertThat(SMTP.to("mia@example.com"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("mentioned you"));
        for (String other : List.of("bob@example.com", "carol@example.com", "dave@example.com")) {
            assertThat(SMTP.to(other)).as(other).isEmpty();
        }

        // Muted: the bell still shows it, no mail comes.
        client.put()
                .uri("/v1.0/me/email-preferences")
                .headers(h -> h.setBearerAuth(Users.token("alice")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"kinds\": [\"NEW_INBOUND\"]}")
                .exchange()
                .expectStatus()
                .isOk();
        comment(bobs, "{\"channel\": \"internal\", \"body\": \"@Alice again\", \"mentions\": [\"id-alice\"]}");
        assertThat(worker.sendDue(Instant.now()).block()).isZero();
    }

    private void comment(String referral, String body) {
        api.post("bob", Api.REFERRALS + "/" + referral + "/comments", body)
                .expectStatus()
                .isCreated();
    }
}
