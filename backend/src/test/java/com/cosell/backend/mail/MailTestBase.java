package com.cosell.backend.mail;

import com.cosell.backend.mail.sending.MailWorker;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Mail end to end inside the backend: notifications raised through the API queue mail in their
 * transaction; the worker (called by the tests with any instant, in place of its timer) sends it
 * through a real SMTP server, from which the tests read each message back. Each test starts with an
 * empty outbox, everyone signed in with default preferences, and an empty server.
 */
@BackendTest
abstract class MailTestBase {

    /**
     * One server per test JVM, never stopped by a test class (an outage test stops and restarts it):
     * the subclasses' identical properties let Spring share one application context among them.
     */
    static final SmtpServer SMTP = new SmtpServer();

    static final String PREFS = "/v1.0/me/email-preferences";
    /** People beyond the demo users: the vendor's admin and a fabrikam admin. */
    static final Map<String, String> TOKENS = Map.of(
            "vera", TestIssuer.get().token("vera", "microsoft", "VENDOR_ADMIN", "SELLER"),
            "fran", TestIssuer.get().token("fran", "fabrikam", "MPN_ADMIN"));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

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

    @BeforeEach
    void resetMail() throws Exception {
        api = new Api(client);
        db.sql("DELETE FROM mail_outbox").then().block();
        db.sql("UPDATE person SET email_delivery = 'INSTANT', muted_kinds = '{}', language = 'en'")
                .then()
                .block();
        for (String user : List.of("alice", "bob", "carol", "mia", "dave", "vera", "fran")) {
            prefs(user); // each person signs in once: now Co-sell knows them
        }
        SMTP.clear();
    }

    int sendNow() {
        return worker.sendDue(Instant.now()).block();
    }

    static List<String> subjects(String address) {
        return SMTP.to(address).stream().map(MailTestBase::subject).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String user) {
        return TOKENS.containsKey(user) ? TOKENS.get(user) : Users.token(user);
    }

    JsonNode prefs(String user) {
        return client.get()
                .uri(PREFS)
                .headers(h -> h.setBearerAuth(token(user)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    WebTestClient.ResponseSpec putPrefs(String user, String body) {
        return client.put()
                .uri(PREFS)
                .headers(h -> h.setBearerAuth(token(user)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
