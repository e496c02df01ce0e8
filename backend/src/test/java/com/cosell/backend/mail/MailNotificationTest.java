package com.cosell.backend.mail;

import static com.cosell.backend.mail.SmtpServer.body;
import static com.cosell.backend.mail.SmtpServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.mail.sending.MailWorker;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Mail end to end inside the backend: notifications raised through the API queue mail in their
 * transaction; the worker (called here with any instant, in place of its timer) sends it through a
 * real SMTP server, from which the tests read each message back.
 */
@BackendTest
class MailNotificationTest {

    static final SmtpServer SMTP = new SmtpServer();
    static final String PREFS = "/v1.0/me/email-preferences";
    /** People beyond the demo users: the vendor's admin and a fabrikam admin. */
    static final Map<String, String> TOKENS = Map.of(
            "vera", TestIssuer.get().token("vera", "microsoft", "VENDOR_ADMIN", "SELLER"),
            "fran", TestIssuer.get().token("fran", "fabrikam", "MPN_ADMIN"));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("cosell.mail.host", () -> "127.0.0.1");
        registry.add("cosell.mail.port", SMTP::port);
        registry.add("cosell.mail.from", () -> "Co-sell <co-sell@cosell.test>");
        registry.add("cosell.mail.public-url", () -> "https://cosell.test/");
        registry.add("cosell.mail.api-url", () -> "https://api.cosell.test");
        registry.add("cosell.mail.worker-enabled", () -> "false"); // the tests run the worker
        registry.add("cosell.mail.retry-initial-delay", () -> "PT10S");
        registry.add("cosell.mail.flood-limit", () -> "4");
    }

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;
    @Autowired
    MailWorker worker;
    Api api;

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(client);
        db.sql("DELETE FROM mail_outbox").then().block();
        db.sql("UPDATE person SET email_delivery = 'INSTANT', muted_kinds = '{}', language = 'en'").then().block();
        for (String user : List.of("alice", "bob", "carol", "mia", "dave", "vera", "fran")) {
            prefs(user); // each person signs in once: now Co-sell knows them
        }
        SMTP.clear();
    }

    @Test
    void theTeamAndTheAdminsAreMailedNobodyElse() {
        String name = "Mail team " + System.nanoTime();
        JsonNode deal = api.create("bob", Deals.sharedDeal(name, true).replace(
                "{\"firstName\": \"Bob\", \"lastName\": \"Lee\", \"phoneNumber\": \"+82 10 1234 5678\", \"email\": \"bob@contoso.example.com\"}",
                "{\"firstName\": \"Bob\", \"lastName\": \"Lee\", \"phoneNumber\": \"+82 10 1234 5678\","
                        + " \"email\": \"BOB@example.com\"}, {\"firstName\": \"Fran\", \"lastName\": \"Other\","
                        + " \"phoneNumber\": \"+82 10 1234 5679\", \"email\": \"fran@example.com\"}"));
        String request = api.engagement("mia", deal.get("engagementId").asString()).get(0).get("id").asString();
        api.patch("mia", request, Deals.acceptPatch(name), null).expectStatus().isOk();
        // A private deal is its owner's alone, whoever its team names.
        api.create("bob", Deals.privateDeal("Mail private " + System.nanoTime())
                .replace("bob@contoso.example.com", "carol@example.com"));

        assertThat(sendNow()).isEqualTo(3);
        // The vendor's copy arrived: its admin hears of it, the seller who is not on its team does not.
        assertThat(subjects("vera@example.com")).containsExactly("Co-sell: New inbound referral: " + name
                + " from Contoso Ltd.");
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
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso")).get("engagementId").asString();
        String received = api.engagement("alice", engagement).get(0).get("id").asString();

        assertThat(sendNow()).isEqualTo(1);
        MimeMessage m = SMTP.to("alice@example.com").getFirst();
        assertThat(m.getSubject()).isEqualTo("Co-sell: 새 인바운드 추천: Microsoft의 " + name);
        assertThat(header(m, "Content-Language")).isEqualTo("ko");
        assertThat(header(m, "From")).contains("co-sell@cosell.test");
        assertThat(header(m, "Message-ID")).endsWith("@cosell>");
        assertThat(body(m)).contains("Alice Tester님").contains("https://cosell.test/referrals/" + received)
                .contains("https://cosell.test/account/email");
        String unsubscribe = header(m, "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<https://api.cosell.test/v1.0/email/unsubscribe?token=").endsWith(">");
        assertThat(header(m, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(body(m)).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

        // Opening the link only asks, in the person's language; the one-click POST unsubscribes.
        String path = unsubscribe.substring("<https://api.cosell.test".length(), unsubscribe.length() - 1);
        String page = client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("lang=\"ko\"").contains("method=\"post\"").contains("alice@example.com");
        assertThat(prefs("alice").get("delivery").asString()).isEqualTo("INSTANT");
        client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("List-Unsubscribe=One-Click").exchange().expectStatus().isOk();
        assertThat(prefs("alice").get("delivery").asString()).isEqualTo("NONE");
        client.post().uri("/v1.0/email/unsubscribe?token=00000000-0000-4000-8000-000000000000").exchange()
                .expectStatus().isNotFound();

        api.create("mia", Deals.sellerReferral("After unsubscribing " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isZero();
    }

    @Test
    void aDigestGathersADaysMailInOne() {
        putPrefs("alice", "{\"delivery\": \"DIGEST\"}").expectStatus().isOk();
        String first = "Digest one " + System.nanoTime();
        String second = "Digest two " + System.nanoTime();
        api.create("mia", Deals.sellerReferral(first, "contoso"));
        api.create("mia", Deals.sellerReferral(second, "contoso"));

        Instant now = Instant.now();
        assertThat(worker.sendDue(now).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofHours(23))).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofDays(1)).plusSeconds(5)).block()).isEqualTo(1);
        MimeMessage digest = SMTP.to("alice@example.com").getFirst();
        assertThat(digest.toString()).isNotNull();
        assertThat(subject(digest)).isEqualTo("Co-sell: 2 notifications");
        assertThat(body(digest)).contains(first).contains(second);
        assertThat(worker.sendDue(now.plus(Duration.ofDays(3))).block()).isZero();
    }

    @Test
    void pastTheFloodLimitTheRestOfTheDayWaitsForTheDigest() {
        for (int i = 0; i < 6; i++) {
            api.create("mia", Deals.sellerReferral("Flood " + i + " " + System.nanoTime(), "contoso"));
        }
        Instant now = Instant.now();
        assertThat(worker.sendDue(now).block()).isEqualTo(4);
        assertThat(worker.sendDue(now.plus(Duration.ofDays(1)).plusSeconds(5)).block()).isEqualTo(1);
        List<String> subjects = subjects("alice@example.com");
        assertThat(subjects).hasSize(5).last().isEqualTo("Co-sell: 2 notifications");
    }

    @Test
    void mutedKindsAreNotMailed() {
        JsonNode after = putPrefs("alice", "{\"kinds\": [\"ACCEPTED\", \"DECLINED\"]}").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(after.get("kinds").toString()).isEqualTo("[\"ACCEPTED\",\"DECLINED\"]");
        api.create("mia", Deals.sellerReferral("Muted " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isZero();
        putPrefs("alice", "{\"kinds\": [\"NO_SUCH_KIND\"]}").expectStatus().isBadRequest();
        putPrefs("alice", "{\"language\": \"fr\"}").expectStatus().isBadRequest();
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNone() {
        SMTP.stop();
        String name = "Outage " + System.nanoTime();
        api.create("mia", Deals.sellerReferral(name, "contoso"));
        Instant now = Instant.now();
        try {
            assertThat(worker.sendDue(now).block()).isZero();
        } finally {
            SMTP.start();
        }
        Map<String, Object> row = db.sql("SELECT attempts, last_error, next_attempt_at, sent_at FROM mail_outbox")
                .fetch().one().block();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(row.get("sent_at")).isNull();
        // Not before its backoff (10 s here), then exactly once.
        assertThat(worker.sendDue(now.plusSeconds(9)).block()).isZero();
        assertThat(worker.sendDue(now.plusSeconds(11)).block()).isEqualTo(1);
        assertThat(worker.sendDue(now.plusSeconds(60)).block()).isZero();
        assertThat(subjects("alice@example.com")).containsExactly("Co-sell: New inbound referral: " + name
                + " from Microsoft");
    }

    @Test
    void aMailStillFailingPastTheRetryWindowIsGivenUpAndKept() {
        SMTP.stop();
        api.create("mia", Deals.sellerReferral("Given up " + System.nanoTime(), "contoso"));
        Instant now = Instant.now();
        try {
            assertThat(worker.sendDue(now.plus(Duration.ofDays(8))).block()).isZero();
        } finally {
            SMTP.start();
        }
        Map<String, Object> row = db.sql("SELECT failed_at, sent_at, last_error FROM mail_outbox").fetch().one().block();
        assertThat(row.get("failed_at")).isNotNull();
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("last_error")).isNotNull();
        assertThat(worker.sendDue(now.plus(Duration.ofDays(9))).block()).isZero();
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void rowsLeasedByAWorkerThatDiedAreSentOnceTheLeaseEnds() {
        api.create("mia", Deals.sellerReferral("Lease " + System.nanoTime(), "contoso"));
        Instant now = Instant.now();
        // What a worker leaves when it dies between its claim and the send.
        db.sql("UPDATE mail_outbox SET lease_token = gen_random_uuid(), lease_until = :until")
                .bind("until", now.plus(Duration.ofMinutes(2))).then().block();
        assertThat(worker.sendDue(now).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(3))).block()).isEqualTo(1);
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(10))).block()).isZero();
        assertThat(SMTP.received()).hasSize(1);
    }

    @Test
    void aPersonsNameAndAddressFollowTheirToken() {
        String renamed = TestIssuer.get().token("alice", "contoso", List.of("MPN_ADMIN"),
                claims -> claims.claim("email", "alice.kim@example.com"));
        JsonNode prefs = client.get().uri(PREFS).headers(h -> h.setBearerAuth(renamed)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(prefs.get("email").asString()).isEqualTo("alice.kim@example.com");
        api.create("mia", Deals.sellerReferral("Renamed " + System.nanoTime(), "contoso"));
        assertThat(sendNow()).isEqualTo(1);
        assertThat(SMTP.to("alice.kim@example.com")).hasSize(1);
    }

    @Test
    void twoWorkersAtOnceSendEachMailOnce() {
        for (int i = 0; i < 4; i++) {
            api.create("mia", Deals.sellerReferral("Race " + i + " " + System.nanoTime(), "contoso"));
        }
        Instant now = Instant.now();
        var both = reactor.core.publisher.Flux.merge(
                worker.sendDue(now).subscribeOn(reactor.core.scheduler.Schedulers.parallel()),
                worker.sendDue(now).subscribeOn(reactor.core.scheduler.Schedulers.parallel()))
                .reduce(0, Integer::sum).block();
        assertThat(both).isEqualTo(4);
        assertThat(SMTP.received()).hasSize(4);
        assertThat(SMTP.received().stream().map(m -> header(m, "Message-ID")).distinct()).hasSize(4);
        assertThat(worker.sendDue(now.plusSeconds(600)).block()).isZero();
    }

    @Test
    void applicationsHaveNoPreferences() {
        client.get().uri(PREFS).headers(h -> h.setBearerAuth(Users.token("contoso-crm"))).exchange()
                .expectStatus().isForbidden();
    }

    private int sendNow() {
        return worker.sendDue(Instant.now()).block();
    }

    private List<String> subjects(String address) {
        return SMTP.to(address).stream().map(MailNotificationTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String user) {
        return TOKENS.containsKey(user) ? TOKENS.get(user) : Users.token(user);
    }

    private JsonNode prefs(String user) {
        return client.get().uri(PREFS).headers(h -> h.setBearerAuth(token(user))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec putPrefs(String user, String body) {
        return client.put().uri(PREFS).headers(h -> h.setBearerAuth(token(user))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
