package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * alice (contoso's MPN admin) routes inbound referrals about customers in New Zealand to bob on the
 * routing rules page; mia sends contoso such a referral; bob, watching "Assigned to me", sees it
 * arrive live as his, and its page says who owns it and that a rule routed it.
 */
class OwnersEndToEndTest extends StackTest {

    @Test
    void aliceRoutesNewZealandToBobWhoSeesTheReferralArriveAsHis() throws Exception {
        String name = "Routed live " + UUID.randomUUID().toString().substring(0, 6);
        int precedence = ThreadLocalRandom.current().nextInt(100, 9000);
        // Co-sell knows people once they have called it: bob has.
        assertThat(Tokens.call(stack.settings(), "bob", "GET", "/v1.0/me", null).statusCode())
                .isEqualTo(200);
        try (Browser alice = new Browser("en-US");
                Browser bob = new Browser("en-US")) {
            alice.signInAt(url("/organization"), "alice");
            press(alice, "organization-routing-link"); // where the organization's other settings are
            alice.type("routing-precedence", Integer.toString(precedence));
            pick(alice, "routing-countries", "New Zealand");
            pick(alice, "routing-owners", "Bob Lee");
            press(alice, "routing-add");
            alice.awaitText(By.id("routing-rules"), "Bob Lee", Duration.ofSeconds(10));
            alice.screenshot("routing-rules-alice");

            bob.signInAt(url("/?owner=me"), "bob");
            bob.await(By.id("referral-grid"));
            miaSends(name, "Kiwi Foods", "Auckland", "NZ");

            Duration arrival = bob.awaitText(By.id("referral-grid"), name, Duration.ofSeconds(10));
            assertThat(arrival).isLessThan(Duration.ofSeconds(5));
            bob.awaitText(By.id("referral-grid"), "Bob Lee", Duration.ofSeconds(5)); // the owner column
            bob.screenshot("assigned-to-me-bob");

            HttpResponse<String> mine = Tokens.call(
                    stack.settings(),
                    "bob",
                    "GET",
                    "/v1.0/engagements/referrals?owner=me&$filter="
                            + java.net.URLEncoder.encode(
                                            "name eq '" + name + "'", java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20"),
                    null);
            bob.open(url("/referrals/" + idOf(mine.body())));
            bob.awaitText(By.id("owner-name"), "Bob Lee", Duration.ofSeconds(15));
            bob.awaitText(By.id("timeline"), "Routed to Bob Lee by a routing rule", Duration.ofSeconds(5));
        } finally {
            deleteContosoRules();
        }
    }

    /** Clicks a link or button further down the page: scrolled into view first. */
    private static void press(Browser browser, String id) {
        WebElement element = browser.await(By.id(id));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    /** Picks an item of a multi-select combo box by its text, then closes the overlay. */
    private static void pick(Browser browser, String comboId, String text) {
        WebElement input = browser.await(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(text);
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        browser.driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .click();
        input.sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElement(By.id(comboId)).getText().contains(text)
                || d.findElement(By.id(comboId)).getDomAttribute("has-value") != null);
    }

    /** No other test is routed by this one's rule. */
    private static void deleteContosoRules() throws Exception {
        HttpResponse<String> rules = Tokens.call(stack.settings(), "alice", "GET", "/v1.0/routing-rules", null);
        Matcher ids = ID.matcher(rules.body());
        while (ids.find()) {
            Tokens.call(stack.settings(), "alice", "DELETE", "/v1.0/routing-rules/" + ids.group(1), null);
        }
    }
}
