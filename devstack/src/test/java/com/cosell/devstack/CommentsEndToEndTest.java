package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * bob (the partner) and mia (the seller) on the same shared referral, side by side in real browsers:
 * bob's message to the other party appears live on mia's page and mentions her; bob's internal
 * comment never reaches mia's browser.
 */
class CommentsEndToEndTest extends StackTest {

    @Test
    void aMessageToTheOtherPartyAppearsLiveAndAnInternalCommentNeverLeavesTheOrganization() throws Exception {
        String name = "Comments live " + UUID.randomUUID().toString().substring(0, 6);
        String internal =
                "Internal: our margin is thin " + UUID.randomUUID().toString().substring(0, 6);
        String message =
                "Message: we can start in March " + UUID.randomUUID().toString().substring(0, 6);
        String miasId = miaSends(name);
        HttpResponse<String> copies = Tokens.call(
                stack.settings(),
                "bob",
                "GET",
                "/v1.0/engagements/referrals?$filter="
                        + URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8)
                                .replace("+", "%20"),
                null);
        Matcher bobsId = ID.matcher(copies.body());
        assertThat(bobsId.find()).as(copies.body()).isTrue();

        try (Browser bob = new Browser("en-US");
                Browser mia = new Browser("en-US")) {
            mia.signInAt(url("/referrals/" + miasId), "mia");
            mia.awaitText(By.id("comments-tab-parties"), "With Contoso Ltd.", Duration.ofSeconds(20));
            press(mia, "comments-tab-parties");
            mia.await(By.id("comment-text-parties"));

            bob.signInAt(url("/referrals/" + bobsId.group(1)), "bob");
            bob.awaitText(By.id("comments-tab-parties"), "With Microsoft", Duration.ofSeconds(20));
            // Internal is the tab that opens: nothing goes to the other party by accident.
            bob.type("comment-text-internal", internal);
            press(bob, "comment-send-internal");
            bob.awaitText(By.id("comments-internal"), internal, Duration.ofSeconds(10));

            press(bob, "comments-tab-parties");
            bob.type("comment-text-parties", message + " ");
            bob.choose("comment-mention-parties", "Mia Choi");
            bob.screenshot("comments-bob");
            press(bob, "comment-send-parties");
            bob.awaitText(By.id("comments-parties"), message, Duration.ofSeconds(10));

            // mia's open page shows the message without a reload, and her bell says she was mentioned.
            Duration arrival = mia.awaitText(By.id("comments-parties"), message, Duration.ofSeconds(10));
            assertThat(arrival).isLessThan(Duration.ofSeconds(5));
            assertThat(mia.driver.findElement(By.id("comments-parties")).getText())
                    .contains("@Mia Choi", "Bob Lee");
            mia.screenshot("comments-live-mia");
            mia.awaitText(By.id("notification-count"), "", Duration.ofSeconds(5));
            mia.click("notification-bell");
            mia.awaitText(
                    By.id("notifications"), "Bob Lee mentioned you in a comment on " + name, Duration.ofSeconds(5));

            // bob's internal comment is nowhere in mia's browser, and not in her API either.
            mia.open(url("/referrals/" + miasId));
            mia.awaitText(By.id("comments-internal"), "No comments yet.", Duration.ofSeconds(20));
            assertThat(mia.bodyText()).doesNotContain(internal);
            press(mia, "comments-tab-parties");
            mia.awaitText(By.id("comments-parties"), message, Duration.ofSeconds(10));
            assertThat(mia.bodyText()).doesNotContain(internal);
            HttpResponse<String> asSeller = Tokens.call(
                    stack.settings(), "mia", "GET", "/v1.0/engagements/referrals/" + miasId + "/comments", null);
            assertThat(asSeller.body()).contains(message).doesNotContain(internal);
        }
    }

    /** Clicks a button of the comments, which sit at the end of the page: scrolled into view first. */
    private static void press(Browser browser, String id) {
        org.openqa.selenium.WebElement element = browser.await(By.id(id));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(element))
                .click();
    }
}
