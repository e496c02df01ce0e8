package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vendor sends contoso two referrals on one customer and fabrikam a third; bob accepts both of his,
 * links the second to the first and unlinks them (each shown live on the other's open page), then
 * merges the second into the first from its page, and the first's page, open in another browser,
 * shows the link live;
 * mia's copy carries the conflict flag (two partners on one customer), which no partner ever sees.
 */
class DuplicatesEndToEndTest extends StackTest {

    @Test
    void aDuplicateIsMergedLiveAndTheVendorSeesTheConflict() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String customer = "Fourth Coffee " + run;
        String first = send("Coffee first " + run, customer, "contoso");
        String second = send("Coffee second " + run, customer, "contoso");
        String miasFabrikamCopy = idOf(sendRaw("Coffee fabrikam " + run, customer, "fabrikam"));
        String bobsFirst = acceptedCopy("bob", first);
        String bobsSecond = acceptedCopy("bob", second);
        acceptedCopy("carol", "Coffee fabrikam " + run);

        try (Browser kept = new Browser("en-US");
                Browser merging = new Browser("en-US")) {
            kept.signInAt(url("/referrals/" + bobsFirst), "bob");
            kept.awaitText(By.id("referral-name"), first, Duration.ofSeconds(20));

            merging.signInAt(url("/referrals/" + bobsSecond), "bob");
            merging.awaitText(By.id("possible-duplicates"), first, Duration.ofSeconds(20));
            merging.screenshot("possible-duplicates-bob");
            // linked first (neither closes), shown live on the other page; unlinked there, offered again here
            press(merging, "duplicate-link-" + bobsFirst);
            merging.awaitText(By.id("linked-deals"), first, Duration.ofSeconds(10));
            kept.awaitText(By.id("linked-deals"), second, Duration.ofSeconds(10));
            press(kept, "unlink-" + bobsSecond);
            merging.awaitText(By.id("possible-duplicates"), first, Duration.ofSeconds(10));
            press(merging, "duplicate-merge-" + bobsFirst);
            merging.awaitText(By.id("duplicate-of"), first, Duration.ofSeconds(10));

            // the kept deal's page, open elsewhere, shows what was merged into it without a reload
            Duration arrival = kept.awaitText(By.id("duplicates-merged"), second, Duration.ofSeconds(10));
            assertThat(arrival).isLessThan(Duration.ofSeconds(5));
            assertThat(kept.bodyText()).doesNotContain("Conflict", "Coffee fabrikam");
        }
        HttpResponse<String> closed =
                Tokens.call(stack.settings(), "bob", "GET", "/v1.0/engagements/referrals/" + bobsSecond, null);
        assertThat(closed.body()).containsPattern("\"statusReason\"\\s*:\\s*\"Duplicate\"");

        try (Browser mia = new Browser("en-US")) {
            mia.signInAt(url("/referrals/" + miasFabrikamCopy), "mia");
            mia.awaitText(By.id("conflict-flag"), "Conflict", Duration.ofSeconds(20));
            mia.awaitText(By.id("conflicts"), first, Duration.ofSeconds(5));
            mia.screenshot("conflict-mia");
        }
    }

    private String send(String name, String customer, String partner) throws Exception {
        sendRaw(name, customer, partner);
        return name;
    }

    private String sendRaw(String name, String customer, String partner) throws Exception {
        HttpResponse<String> sent = Tokens.call(
                stack.settings(), "mia", "POST", "/v1.0/engagements/referrals", """
                {"name": "%s", "target": ["%s"],
                 "customerProfile": {"name": "%s", "address": {"city": "Seoul", "country": "KR"}},
                 "details": {"dealValue": 50000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z"}}""".formatted(name, partner, customer));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return sent.body();
    }

    /** The user's copy of the referral, accepted at once: the local stack expires unanswered ones within a minute. */
    private String acceptedCopy(String user, String name) throws Exception {
        HttpResponse<String> copies = Tokens.call(
                stack.settings(),
                user,
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                null);
        String id = idOf(copies.body());
        HttpResponse<String> accepted =
                Tokens.call(stack.settings(), user, "PATCH", "/v1.0/engagements/referrals/" + id, """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/details/dealValue", "value": 50000},
                 {"op": "replace", "path": "/details/currency", "value": "USD"},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "2027-06-30T00:00:00Z"}]""");
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 204);
        return id;
    }

    /** Clicks a button that may sit below the fold: scrolled into view first. */
    private static void press(Browser browser, String id) {
        WebElement element = browser.await(By.id(id));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }
}
