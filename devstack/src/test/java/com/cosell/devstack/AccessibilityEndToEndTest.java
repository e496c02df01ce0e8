package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Every page of the workspace through Deque's axe-core: no serious or critical finding (WCAG 2.1 A/AA). */
class AccessibilityEndToEndTest extends SeededStackTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Test
    void everyPageOfThePartnersWorkspace() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/"), "bob");
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']"));
            check(bob, "Inbound");
            bob.click("tab-outbound");
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']"));
            check(bob, "Outbound");
            bob.click("tab-favorites");
            bob.awaitText(By.id("referral-count"), "", Duration.ofSeconds(5));
            check(bob, "Favorites");
            bob.click("tab-inbound");
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']")).click();
            bob.await(By.id("actions"));
            check(bob, "a referral's detail page");
            bob.open(url("/deals/new"));
            bob.await(By.id("wizard-next"));
            check(bob, "the create wizard");
            bob.click("notification-bell");
            bob.await(By.id("notifications"));
            check(bob, "notifications");
            bob.open(url("/insights"));
            // the charts are SVG drawn on the server, each with its table
            assertThat(bob.await(By.cssSelector("#insights-funnel img")).getAttribute("src"))
                    .startsWith("data:image/svg+xml;base64,");
            assertThat(bob.await(By.cssSelector("#insights-funnel table")).getText())
                    .contains("Received");
            check(bob, "insights");
        }
    }

    @Test
    void everyPageOfTheSellersWorkspace() throws Exception {
        try (Browser mia = new Browser("en-US")) {
            mia.signInAt(url("/?tab=outbound"), "mia");
            mia.await(By.cssSelector("#referral-grid a[href*='referrals/']"));
            check(mia, "the seller's Outbound");
            mia.await(By.cssSelector("#referral-grid a[href*='referrals/']")).click();
            mia.await(By.id("related-parties"));
            check(mia, "a referral the seller sent");
            mia.open(url("/send-referral"));
            mia.await(By.id("send-submit"));
            check(mia, "the send form");
            mia.open(url("/registrations"));
            mia.await(By.tagName("h2"));
            check(mia, "deal registrations");
            mia.open(url("/insights?direction=Outgoing"));
            mia.await(By.cssSelector("#insights-funnel img"));
            check(mia, "the seller's insights");
        }
    }

    @Test
    void theOrganizationPageOfTheVendorsAdminInKorean() throws Exception {
        try (Browser vera = new Browser("ko-KR")) {
            vera.signInAt(url("/organization"), "vera");
            vera.awaitText(By.id("members"), "Mia Choi", Duration.ofSeconds(30));
            assertThat(vera.bodyText()).contains("구성원", "공급사 관리자");
            check(vera, "the organization page");
        }
    }

    /** Runs axe on the page as it is and fails with every blocking finding, where, and why. */
    private static void check(Browser browser, String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> BLOCKING.contains(r.getImpact()))
                .toList();
        assertThat(blocking).as("axe on %s:\n%s", page, describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + "\n"
                        + r.getNodes().stream()
                                .limit(5)
                                .map(AccessibilityEndToEndTest::node)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode n) {
        return "  " + n.getTarget() + " " + n.getHtml() + "\n    " + n.getFailureSummary();
    }
}
