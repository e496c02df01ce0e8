package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Partner to partner, in real browsers signed in through Keycloak: bob (contoso) invites fabrikam to
 * a deal in the create flow; carol's open Inbound shows it live; carol declines; bob's open deal shows
 * fabrikam's answer live, with the reason, in a toast and a notification.
 */
class PartnerToPartnerEndToEndTest extends StackTest {

    @Test
    void contosoInvitesFabrikamCarolDeclinesAndBobSeesItLive() throws Exception {
        String name = "Woodgrove lake " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser bob = new Browser("en-US");
                Browser carol = new Browser("en-US")) {
            carol.signInAt(url("/"), "carol");
            carol.await(By.id("referral-grid"));

            bob.signInAt(url("/deals/new"), "bob");
            bob.type("customer-city", "Seoul");
            bob.choose("customer-name", "Woodgrove");
            bob.awaitText(By.id("customer-summary"), "D-U-N-S", Duration.ofSeconds(5));
            bob.click("wizard-next");
            bob.click("wizard-next");
            bob.type("deal-name", name);
            bob.type("deal-value", "125000");
            bob.typeDate("deal-close-date", "6/30/2027");
            bob.click("wizard-next");
            fillIfEmpty(bob, "employee-0-first-name", "Bob");
            fillIfEmpty(bob, "employee-0-last-name", "Lee");
            fillIfEmpty(bob, "employee-0-phone", "+82 10 1234 5678");
            fillIfEmpty(bob, "employee-0-email", "bob@contoso.example.com");
            bob.click("wizard-next");
            bob.await(By.cssSelector("#solutions-own vaadin-checkbox")).click();
            bob.click("wizard-next");
            // Sale type: fabrikam found in the co-sell directory by its solution, asked for a PoC.
            bob.choose("invite-partner", "Fabrikam Secure Cloud");
            bob.select("invite-code-fabrikam", "Proof of concept or demo");
            bob.type("invite-notes-fabrikam", "Run the PoC lab with us");
            bob.screenshot("p2p-invite-bob");
            bob.click("wizard-next");
            bob.click("wizard-create");
            bob.awaitText(By.id("referral-name"), name, Duration.ofSeconds(15));
            bob.awaitText(By.id("related-parties"), "Fabrikam", Duration.ofSeconds(5));
            assertThat(bob.driver.findElement(By.id("related-parties")).getText())
                    .contains("Received");

            // carol's open Inbound shows it without a reload, with a toast.
            carol.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(10));
            carol.awaitText(By.tagName("body"), "New inbound referral: " + name, Duration.ofSeconds(5));
            carol.screenshot("p2p-inbound-carol");
            carol.driver.findElement(By.linkText(name)).click();
            carol.awaitText(By.tagName("body"), "Run the PoC lab with us", Duration.ofSeconds(10));
            // carol sees the deal's shared details, never contoso's people or CRM id.
            assertThat(carol.bodyText()).doesNotContain("bob@contoso.example.com");
            carol.click("action-decline");
            carol.await(By.id("decline-dialog"));
            carol.select("close-reason", "Timeline too short");
            carol.click("decline-dialog-save");
            carol.awaitText(By.id("read-only"), "read-only", Duration.ofSeconds(10));

            // bob's open page shows fabrikam's answer and its reason live, with a toast and a notification.
            bob.awaitText(By.id("related-parties"), "Timeline too short", Duration.ofSeconds(10));
            assertThat(bob.driver.findElement(By.id("related-parties")).getText())
                    .contains("Declined");
            bob.awaitText(By.tagName("body"), name + ": Fabrikam, Inc. is now Declined", Duration.ofSeconds(5));
            bob.screenshot("p2p-declined-bob");
            bob.click("notification-bell");
            bob.awaitText(By.id("notifications"), name, Duration.ofSeconds(5));
        }
        // Nothing of it reached the vendor: the deal is contoso's and fabrikam's.
        HttpResponse<String> asSeller = Tokens.call(
                stack.settings(),
                "mia",
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + java.net.URLEncoder.encode("name eq '" + name + "'", java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                null);
        assertThat(asSeller.body()).doesNotContain(name);
    }

    private static void fillIfEmpty(Browser browser, String fieldId, String text) {
        if (browser.driver.findElements(By.id(fieldId)).isEmpty()) {
            browser.click("add-employee");
        }
        WebElement input = browser.await(By.cssSelector("#" + fieldId + " input"));
        if (input.getAttribute("value") == null || input.getAttribute("value").isBlank()) {
            input.sendKeys(text);
        }
    }
}
