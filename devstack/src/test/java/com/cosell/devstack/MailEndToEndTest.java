package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Mail on the local stack, as `./cosell run` wires it: alice opens her email preferences in the
 * workspace, mia sends contoso a referral, and the mail reaches the stack's GreenMail (read back from
 * the .eml file it writes) in alice's language, linking to the referral; its one-click unsubscribe works.
 */
class MailEndToEndTest extends StackTest {

    @Test
    void aReferralToContosoIsMailedToItsAdminWhoUnsubscribesInOneClick() throws Exception {
        StackSettings s = stack.settings();
        try (Browser alice = new Browser("en-US")) {
            alice.signInAt(s.frontendUrl() + "/account/email", "alice");
            assertThat(alice.await(By.id("email-address")).getText()).contains("alice@contoso.example.com");
            alice.screenshot("email-preferences-alice");
        }
        var korean = Tokens.call(s, "alice", "PUT", "/v1.0/me/email-preferences", "{\"language\": \"ko\"}");
        assertThat(korean.statusCode()).as(korean.body()).isEqualTo(200);

        String name = "Mail e2e " + System.nanoTime();
        var sent = Tokens.call(s, "mia", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders",
                   "address": {"addressLine1": "1 Market St", "city": "San Francisco", "state": "CA", "country": "US"},
                   "team": [{"firstName": "Ana", "lastName": "Ruiz", "phoneNumber": "+1 415 555 0100",
                     "email": "ana@northwind.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 80000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}}}""".formatted(name));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        // The stack's referrals expire within the hour, so an "expiring soon" mail about it may come first.
        MimeMessage mail =
                awaitMail(s.mailDir(), "alice@contoso.example.com", name + "|새 인바운드 추천", Duration.ofSeconds(60));
        assertThat(mail.getSubject()).contains("새 인바운드 추천").contains(name);
        assertThat(String.valueOf(mail.getContent())).contains(s.frontendUrl() + "/referrals/");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<" + s.backendUrl() + "/v1.0/email/unsubscribe?token=");

        HttpResponse<String> oneClick = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        var prefs = Tokens.call(s, "alice", "GET", "/v1.0/me/email-preferences", null);
        assertThat(prefs.body()).contains("\"delivery\":\"NONE\"");
        // Leave alice as the other tests expect her: mailed, in English.
        Tokens.call(
                s, "alice", "PUT", "/v1.0/me/email-preferences", "{\"language\": \"en\", \"delivery\": \"INSTANT\"}");
    }

    /** The first mail to {@code to} whose subject holds every {@code |}-separated part of {@code subjectPart}. */
    private static MimeMessage awaitMail(Path folder, String to, String subjectPart, Duration timeout)
            throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = read(folder, to).stream()
                    .filter(m ->
                            java.util.Arrays.stream(subjectPart.split("\\|")).allMatch(subject(m)::contains))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500); // the backend polls its outbox every second, the stack writes files every second
        }
        try (var files = Files.list(folder)) { // what came instead: a digest, other mail, or none at all
            throw new AssertionError("no mail to " + to + " about " + subjectPart + " in " + folder + " ("
                    + files.count() + " files); theirs: "
                    + read(folder, to).stream().map(MailEndToEndTest::subject).toList());
        }
    }

    private static List<MimeMessage> read(Path folder, String to) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + to + ".eml"))
                    .map(f -> {
                        try (InputStream in = Files.newInputStream(f)) {
                            return new MimeMessage(Session.getInstance(new Properties()), in);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
