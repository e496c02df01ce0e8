package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * People working side by side in real browsers, signed in through Keycloak: changes reach the other
 * browser without a reload. The stack's expiry job runs every 2 s.
 */
class WorkspaceEndToEndTest extends StackTest {

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aReferralSentInOneBrowserArrivesLiveInTheOtherAndItsAnswerComesBack() throws Exception {
        String name = unique("Northwind live");
        try (Browser bob = new Browser("en-US");
                Browser mia = new Browser("en-US")) {
            bob.signInAt(url("/"), "bob");
            bob.await(By.id("referral-grid"));

            mia.signInAt(url("/send-referral"), "mia");
            mia.choose("send-partner", "Contoso");
            mia.choose("customer-name", "Woodgrove Bank");
            mia.type("contact-first-name", "Jin");
            mia.type("contact-last-name", "Seo");
            mia.type("contact-phone", "+82 2 555 0100");
            mia.type("contact-email", "jin.seo@woodgrove.example");
            mia.click("consent");
            mia.type("deal-name", name);
            mia.type("deal-value", "80000");
            mia.typeDate("deal-close-date", "3/31/2027");
            mia.type("send-notes", "Customer wants a <b>migration</b> partner");
            mia.screenshot("send-referral-mia");
            mia.click("send-submit");
            mia.awaitText(By.id("referral-name"), name, Duration.ofSeconds(20));

            // bob's open Inbound tab shows it without a reload, and says so in a toast.
            Duration arrival = bob.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(10));
            assertThat(arrival).isLessThan(Duration.ofSeconds(2));
            bob.awaitText(By.tagName("body"), "New inbound referral: " + name, Duration.ofSeconds(5));
            bob.screenshot("inbound-live-bob");

            // bob accepts; mia's open detail shows the partner's answer live.
            bob.driver.findElement(By.linkText(name)).click();
            bob.click("action-accept");
            bob.await(By.id("accept-dialog"));
            fillIfEmpty(bob, "employee-0-first-name", "Bob");
            fillIfEmpty(bob, "employee-0-last-name", "Lee");
            fillIfEmpty(bob, "employee-0-phone", "+82 10 1234 5678");
            fillIfEmpty(bob, "employee-0-email", "bob@contoso.example.com");
            bob.screenshot("accept-dialog-bob");
            bob.click("accept-dialog-save");
            bob.awaitText(By.id("actions"), "Won", Duration.ofSeconds(10));
            mia.awaitText(By.id("related-parties"), "Accepted", Duration.ofSeconds(5));
            mia.screenshot("detail-live-mia");
            // Free text entered by mia shows as text in bob's browser, never as markup.
            assertThat(bob.bodyText()).contains("<b>migration</b>");
        }
    }

    /** mia's browser on her Outbound tab, once it lists the referral she sent as {@code name}. */
    private static Browser onMiasOutbound(String name) throws Exception {
        Browser mia = new Browser("en-US");
        try {
            mia.signInAt(url("/?tab=outbound"), "mia");
            mia.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(15));
            return mia;
        } catch (Exception | AssertionError e) {
            mia.close();
            throw e;
        }
    }

    /** An edit made elsewhere (here through the API, as mia's CRM would) redraws the open row in place. */
    @Test
    void aDealValueChangedElsewhereShowsInTheOpenRow() throws Exception {
        String name = unique("Northwind value");
        String sentId = miaSends(name);
        try (Browser mia = onMiasOutbound(name)) {
            HttpResponse<String> patched = Tokens.call(
                    stack.settings(),
                    "mia",
                    "PATCH",
                    "/v1.0/engagements/referrals/" + sentId,
                    "[{\"op\": \"replace\", \"path\": \"/details/dealValue\", \"value\": 123456}]");
            assertThat(patched.statusCode()).as(patched.body()).isIn(200, 204);
            mia.awaitText(By.id("referral-grid"), "$123,456.00", Duration.ofSeconds(10));
        }
    }

    @Test
    void aPartnersDeclineReachesTheSellersOutboundRowLiveAndItsNotificationOpensTheReferral() throws Exception {
        String name = unique("Northwind declined");
        String sentId = miaSends(name);
        try (Browser mia = onMiasOutbound(name)) {
            // contoso's integration declines in its own words; mia's open Outbound row says so at once
            HttpResponse<String> copies = Tokens.call(
                    stack.settings(),
                    "bob",
                    "GET",
                    "/v1.0/engagements/referrals?$filter="
                            + java.net.URLEncoder.encode(
                                    "name eq '" + name + "'", java.nio.charset.StandardCharsets.UTF_8),
                    null);
            Matcher copy = ID.matcher(copies.body());
            assertThat(copy.find()).as(copies.body()).isTrue();
            HttpResponse<String> declined =
                    Tokens.call(stack.settings(), "bob", "PATCH", "/v1.0/engagements/referrals/" + copy.group(1), """
                            [{"op": "replace", "path": "/status", "value": "Closed"},
                             {"op": "replace", "path": "/substatus", "value": "Declined"},
                             {"op": "replace", "path": "/statusReason", "value": "TimelineTooShort"}]""");
            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(204);
            mia.awaitText(By.tagName("body"), name + ": Contoso Ltd. is now Declined", Duration.ofSeconds(10));
            WebElement row = mia.driver.findElement(By.id("referral-grid"));
            mia.awaitText(By.id("referral-grid"), "Declined", Duration.ofSeconds(5));
            assertThat(row.getText()).contains(name);
            mia.screenshot("outbound-declined-mia");

            // the notification leads to the referral, where the partner's reason reads in words
            mia.awaitText(By.id("notification-count"), "", Duration.ofSeconds(5));
            mia.click("notification-bell");
            mia.awaitText(By.id("notifications"), name, Duration.ofSeconds(5));
            mia.driver.findElements(By.cssSelector(".notification-item")).stream()
                    .filter(item -> item.getText().contains(name))
                    .findFirst()
                    .orElseThrow()
                    .click();
            mia.awaitText(By.id("related-parties"), "Timeline too short", Duration.ofSeconds(10));
            assertThat(mia.driver.getCurrentUrl()).endsWith("/referrals/" + sentId);
        }
    }

    @Test
    void anUnansweredReferralExpiresInBothBrowsersAndTheSellerIsNotified() throws Exception {
        String name = unique("Northwind unanswered");
        String sentId = miaSends(name);
        try (Browser bob = new Browser("en-US");
                Browser mia = new Browser("en-US")) {
            mia.signInAt(url("/referrals/" + sentId), "mia");
            mia.awaitText(By.id("related-parties"), "Received", Duration.ofSeconds(15));

            bob.signInAt(url("/"), "bob");
            bob.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(15));
            bob.driver.findElement(By.linkText(name)).click();
            bob.awaitText(By.id("actions"), "Accept", Duration.ofSeconds(10));

            // Due now: the stack's expiry job (every 2 s) expires it, and both open pages change by themselves.
            DueNow.referral(stack.settings().postgresPort(), name);
            bob.awaitText(By.tagName("body"), "Expired", Duration.ofSeconds(30));
            mia.awaitText(By.id("related-parties"), "Expired", Duration.ofSeconds(10));
            assertThat(bob.driver.findElements(By.id("action-accept"))).isEmpty();
            mia.awaitText(By.id("notification-count"), "", Duration.ofSeconds(5));
            mia.click("notification-bell");
            mia.awaitText(By.id("notifications"), "expired", Duration.ofSeconds(5));
            mia.screenshot("notifications-mia");
            bob.screenshot("expired-bob");
        }
    }

    @Test
    void aPrivateDealMadeWithTheWizardIsNeverSeenByTheSeller() throws Exception {
        String name = unique("Woodgrove private");
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/deals/new"), "bob");
            // 1 customer (keyboard: type-ahead, arrow, enter)
            bob.type("customer-city", "Seoul");
            bob.choose("customer-name", "Woodgrove");
            bob.awaitText(By.id("customer-summary"), "D-U-N-S", Duration.ofSeconds(5));
            bob.screenshot("wizard-customer-bob");
            bob.click("wizard-next");
            // 2 contact (optional for a private deal)
            bob.click("wizard-next");
            // 3 details
            bob.type("deal-name", name);
            bob.type("deal-value", "125000");
            bob.typeDate("deal-close-date", "6/30/2027");
            WebElement next = bob.await(By.id("wizard-next"));
            next.sendKeys(Keys.ENTER); // the keyboard moves on as well as the mouse
            // 4 employees
            fillIfEmpty(bob, "employee-0-first-name", "Bob");
            fillIfEmpty(bob, "employee-0-last-name", "Lee");
            fillIfEmpty(bob, "employee-0-phone", "+82 10 1234 5678");
            fillIfEmpty(bob, "employee-0-email", "bob@contoso.example.com");
            bob.click("wizard-next");
            // 5 solutions
            bob.await(By.cssSelector("#solutions-own vaadin-checkbox")).click();
            bob.click("wizard-next");
            // 6 sale type: private is the default
            bob.screenshot("wizard-sale-type-bob");
            bob.click("wizard-next");
            // 7 review: everything read back before it is saved
            bob.awaitText(By.id("review-deal"), name, Duration.ofSeconds(5));
            bob.click("wizard-create");
            bob.awaitText(By.id("referral-name"), name, Duration.ofSeconds(15));
            String id = bob.driver.getCurrentUrl().replaceAll(".*/referrals/", "");

            HttpResponse<String> asSeller =
                    Tokens.call(stack.settings(), "mia", "GET", "/v1.0/engagements/referrals/" + id, null);
            assertThat(asSeller.statusCode()).isEqualTo(404);
        }
        try (Browser mia = new Browser("en-US")) {
            mia.signInAt(url("/"), "mia");
            mia.await(By.id("referral-grid"));
            assertThat(mia.bodyText()).doesNotContain(name);
            mia.click("tab-outbound");
            mia.await(By.id("referral-grid"));
            assertThat(mia.bodyText()).doesNotContain(name);
        }
    }

    @Test
    void theKoreanWorkspaceHasNoUntranslatedText() throws Exception {
        String name = unique("Korean view");
        String sentId = miaSends(name);
        try (Browser bob = new Browser("ko-KR")) {
            bob.inTimeZone("Asia/Seoul");
            bob.signInAt(url("/"), "bob");
            bob.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(15));
            assertThat(bob.bodyText()).contains("인바운드").doesNotContainPattern("![a-z][a-z0-9.-]*!");
            bob.screenshot("inbound-ko-bob");
            bob.driver.findElement(By.linkText(name)).click();
            bob.await(By.id("actions"));
            assertThat(bob.bodyText()).doesNotContainPattern("![a-z][a-z0-9.-]*!");
            // Times are the reader's: the browser's time zone, sent with Vaadin's first request.
            assertThat(bob.driver.findElement(By.id("summary-created")).getText())
                    .isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(Locale.KOREAN)
                            .format(createdAt(name).atZone(ZoneId.of("Asia/Seoul"))));
            bob.screenshot("detail-ko-bob");
            bob.open(url("/deals/new"));
            bob.await(By.id("wizard-next"));
            assertThat(bob.bodyText()).doesNotContainPattern("![a-z][a-z0-9.-]*!");
            bob.screenshot("wizard-ko-bob");
        }
        assertThat(sentId).isNotBlank();
    }

    /** When contoso's copy of the referral named {@code name} was created, as the API says. */
    private static Instant createdAt(String name) throws Exception {
        HttpResponse<String> r = Tokens.call(
                stack.settings(),
                "bob",
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + java.net.URLEncoder.encode("name eq '" + name + "'", java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                null);
        Matcher m = Pattern.compile("\"createdDateTime\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Instant.parse(m.group(1));
    }

    static void fillIfEmpty(Browser browser, String fieldId, String text) {
        if (browser.driver.findElements(By.id(fieldId)).isEmpty()) {
            browser.click("add-employee"); // no one on the deal yet: add a person first
        }
        WebElement input = browser.await(By.cssSelector("#" + fieldId + " input"));
        if (input.getAttribute("value") == null || input.getAttribute("value").isBlank()) {
            input.sendKeys(text);
        }
    }
}
