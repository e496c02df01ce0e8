package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Webhooks as an MPN admin sets one up: alice adds a webhook on the organization's page pointing at a
 * receiver of her own (on loopback; the local stack allows it), copies the secret shown once, and
 * the next referral bob creates arrives there signed with it and shows in the delivery log.
 */
class WebhooksEndToEndTest extends StackTest {

    private record Received(Map<String, String> headers, String body) {}

    @Test
    void anAdminAddsAWebhookAndItsReceiverGetsTheNextReferralSigned() throws Exception {
        LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    Map.of(
                            "type", String.valueOf(exchange.getRequestHeaders().getFirst("Cosell-Event-Type")),
                            "timestamp",
                                    String.valueOf(exchange.getRequestHeaders().getFirst("Cosell-Timestamp")),
                            "signature",
                                    String.valueOf(exchange.getRequestHeaders().getFirst("Cosell-Signature"))),
                    body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (Browser alice = new Browser("en-US")) {
            alice.signInAt(stack.settings().frontendUrl() + "/organization", "alice");
            alice.click("organization-webhooks-link");
            alice.click("webhook-add");
            alice.type(
                    "webhook-url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            alice.type("webhook-description", "Contoso CRM sync");
            alice.click("webhook-save");
            String secret = alice.await(By.cssSelector("#webhook-secret input")).getDomProperty("value");
            assertThat(secret).isNotBlank();
            alice.screenshot("webhook-secret-alice");
            alice.driver
                    .findElement(By.cssSelector("#webhook-secret-dialog vaadin-button"))
                    .click();

            String name = "Webhook e2e " + System.nanoTime();
            var created =
                    Tokens.call(stack.settings(), "bob", "POST", "/v1.0/engagements/referrals", """
                    {"name": "%s", "type": "Independent",
                     "customerProfile": {"name": "Woodgrove Bank", "address": {"city": "Seoul", "country": "KR"}},
                     "details": {"dealValue": 40000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z",
                       "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                     "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678",
                       "email": "bob@contoso.example.com"}]}""".formatted(name));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            Received first = received.poll(60, TimeUnit.SECONDS);
            assertThat(first).as("a delivery within a minute").isNotNull();
            assertThat(first.headers().get("type")).isEqualTo("referral-created");
            assertThat(first.body()).contains("\"organizationId\":\"contoso\"");
            assertThat(first.headers().get("signature"))
                    .isEqualTo("v1=" + hmac(secret, first.headers().get("timestamp") + "." + first.body()));

            var refresh = alice.await(By.id("webhook-log-refresh"));
            alice.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", refresh);
            alice.click("webhook-log-refresh");
            alice.awaitText(By.id("webhook-deliveries"), "referral-created", Duration.ofSeconds(20));
            alice.screenshot("webhooks-alice");
            alice.driver.executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", alice.await(By.id("webhook-delete")));
            alice.click("webhook-delete");
            alice.await(By.cssSelector("vaadin-confirm-dialog [slot=confirm-button]"))
                    .click();
            alice.awaitText(By.id("webhooks-view"), "No webhook yet.", Duration.ofSeconds(10));
        } finally {
            receiver.stop(0);
        }
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
