package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Addresses and navigation as a person uses them: a wrong address leads somewhere, the list keeps its
 * place and reads whole, and leaving the wizard never silently throws work away.
 */
class ListEndToEndTest extends SeededStackTest {

    @Test
    void anUnknownAddressAndAMalformedReferralIdShowTheAppsNotFoundPage() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/no/such/page"), "bob");
            assertThat(bob.await(By.id("not-found")).getText()).isEqualTo("Page not found");
            assertThat(bob.driver.findElements(By.id("user-name")))
                    .as("in the app's frame")
                    .isNotEmpty();
            bob.screenshot("not-found-bob");
            bob.click("not-found-back");
            bob.await(By.id("referral-grid"));

            bob.open(url("/referrals/not-a-referral-id"));
            assertThat(bob.await(By.id("not-found")).getText()).isEqualTo("Page not found");
            assertThat(bob.bodyText()).doesNotContain("Type mismatch");
        }
    }

    @Test
    void theListKeepsItsPlaceAcrossReloadBackAndTheBrowsersBack() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/"), "bob");
            bob.await(By.id("referral-grid"));
            bob.click("tab-outbound");
            bob.type("search", "Woodgrove");
            bob.driver.findElement(By.cssSelector("#search input")).sendKeys(org.openqa.selenium.Keys.ENTER);
            awaitUrl(bob, "tab=outbound");
            awaitUrl(bob, "q=Woodgrove");

            bob.driver.navigate().refresh();
            assertPlace(bob);

            // Into a referral and back by the page's own link, then by the browser's.
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']")).click();
            bob.await(By.id("back-to-list")).click();
            assertPlace(bob);
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']")).click();
            bob.await(By.id("referral-name"));
            bob.driver.navigate().back();
            assertPlace(bob);
            bob.screenshot("list-place-bob");
        }
    }

    @Test
    void aSearchWithoutAMatchSaysSo() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/?q=zz-nothing-like-this"), "bob");
            bob.awaitText(
                    By.id("referral-grid"),
                    "No referrals match \u201czz-nothing-like-this\u201d.",
                    Duration.ofSeconds(10));
        }
    }

    /** The time-left column's non-empty cells, " CUT" added where the text is wider than its room. */
    private static final String TIME_LEFT = """
            const grid = document.getElementById('referral-grid');
            const content = cell => cell && cell.querySelector('slot') && cell.querySelector('slot').assignedElements()[0];
            const at = [...grid.shadowRoot.querySelectorAll('thead th')]
                .findIndex(th => content(th) && content(th).textContent.trim() === arguments[0]);
            return [...grid.shadowRoot.querySelectorAll('tbody tr')].map(tr => content(tr.children[at]))
                .filter(c => c && c.textContent.trim())
                .map(c => c.textContent.trim() + (c.scrollWidth > c.clientWidth + 1 ? ' CUT' : ''));""";

    /** Header cells (and their sorters) whose text is wider than the room they have: cut with an ellipsis. */
    private static final String TRUNCATED_HEADERS = """
            const grid = document.getElementById('referral-grid');
            const cut = el => el && el.scrollWidth > el.clientWidth + 1;
            return [...grid.shadowRoot.querySelectorAll('thead th')].map(th => {
              const content = th.querySelector('slot') && th.querySelector('slot').assignedElements()[0];
              if (!content || !content.textContent.trim()) return null;
              const sorter = content.querySelector('vaadin-grid-sorter');
              const inner = sorter && sorter.shadowRoot && sorter.shadowRoot.querySelector('[part=content]');
              return cut(content) || cut(sorter) || cut(inner) ? content.textContent.trim() : null;
            }).filter(t => t);""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "ko-KR"})
    void noHeaderOfTheListIsCutAt1400Pixels(String language) throws Exception {
        // A referral waiting for bob's answer, so that the list shows a time left ("1 min")
        miaSends("Time left " + language, "Time Left Ltd", "Busan", "KR");
        try (Browser bob = new Browser(language)) {
            bob.signInAt(url("/"), "bob");
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']"));
            Thread.sleep(500); // auto-width columns settle once the first rows are drawn
            assertThat((List<?>) bob.driver.executeScript(TRUNCATED_HEADERS))
                    .as("headers cut short")
                    .isEmpty();
            assertThat((List<?>) bob.driver.executeScript(TIME_LEFT, language.startsWith("ko") ? "남은 시간" : "Time left"))
                    .as("the times left shown, marked where cut short")
                    .isNotEmpty()
                    .allMatch(t -> !t.toString().endsWith(" CUT"));
            // at 1400 pixels with the side menu open the customer goes under the deal's name
            assertThat(bob.driver.findElement(By.id("referral-grid")).getDomAttribute("class"))
                    .contains("customer-under-name");
            assertThat(bob.await(By.cssSelector("#referral-grid .row-customer")).isDisplayed())
                    .isTrue();
            bob.screenshot("inbound-1400-" + language);
            String widths = (String) bob.driver.executeScript("""
                    const g = document.getElementById('referral-grid'), t = g.$.table;
                    return t.scrollWidth + ' > ' + t.clientWidth + ': ' + [...g.querySelectorAll('vaadin-grid-column')]
                        .filter(c => !c.hidden).map(c => c.width + '/' + c.flexGrow).join(' ');""");
            assertThat(widths)
                    .as("every column in view without scrolling sideways")
                    .matches(w ->
                            Integer.parseInt(w.split(" ")[0]) <= Integer.parseInt(w.split(" ")[2].replace(":", "")));
        }
    }

    @Test
    void aNarrowWindowShowsTheCustomerUnderTheDealInsteadOfItsOwnColumn() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, 900));
            bob.signInAt(url("/"), "bob");
            bob.await(By.cssSelector("#referral-grid a[href*='referrals/']"));
            new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("referral-grid"))
                            .getDomAttribute("class")
                            .contains("narrow"));
            assertThat(bob.await(By.cssSelector("#referral-grid .row-customer")).getText())
                    .isNotBlank();
            assertThat((List<?>) bob.driver.executeScript(TRUNCATED_HEADERS))
                    .as("headers cut short")
                    .isEmpty();
            bob.screenshot("inbound-800-bob");
        }
    }

    @Test
    void theWizardAsksBeforeANavigationThrowsAwayWhatWasEntered() throws Exception {
        try (Browser bob = new Browser("en-US")) {
            bob.signInAt(url("/deals/new"), "bob");
            bob.type("customer-city", "Seoul");
            By coSell = By.cssSelector("#navigation vaadin-side-nav-item");
            By dialog = By.cssSelector("vaadin-confirm-dialog#leave-dialog[opened]");

            bob.await(coSell).click();
            new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(dialog).isEmpty());
            bob.screenshot("wizard-leave-bob");
            new WebDriverWait(bob.driver, Duration.ofSeconds(5))
                    .withMessage("'Keep editing' has the focus")
                    .until(d -> "cancel-button"
                            .equals(bob.driver.executeScript(
                                    "return document.activeElement && document.activeElement.getAttribute('slot')")));
            bob.await(By.cssSelector("#leave-dialog [slot=cancel-button]")).click();
            assertThat(bob.driver.getCurrentUrl()).contains("/deals/new");
            assertThat(bob.await(By.cssSelector("#customer-city input")).getDomProperty("value"))
                    .isEqualTo("Seoul");
            // The closing dialog's backdrop would take the next click.
            new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                    .until(d -> d
                            .findElements(
                                    By.cssSelector("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog[opened]"))
                            .stream()
                            .noneMatch(e -> e.isDisplayed()));

            bob.driver
                    .findElements(By.cssSelector("#navigation vaadin-side-nav-item"))
                    .getLast()
                    .click(); // Your account
            new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(dialog).isEmpty());
            bob.await(By.cssSelector("#leave-dialog [slot=confirm-button]")).click();
            bob.await(By.id("me-organization"));
        }
    }

    private static void assertPlace(Browser bob) {
        awaitUrl(bob, "tab=outbound");
        new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("tab-outbound")).getDomAttribute("selected") != null);
        assertThat(bob.await(By.cssSelector("#search input")).getDomProperty("value"))
                .isEqualTo("Woodgrove");
    }

    private static void awaitUrl(Browser bob, String part) {
        new WebDriverWait(bob.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(part));
    }
}
