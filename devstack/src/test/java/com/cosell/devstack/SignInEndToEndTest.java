package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The walking skeleton end to end: a real Chromium, the real Keycloak login page, the frontend and
 * the backend jars as they ship, the embedded PostgreSQL.
 */
class SignInEndToEndTest extends StackTest {

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("alice", "Alice Kim", "Contoso Ltd.", "MPN admin"),
                Arguments.of("bob", "Bob Lee", "Contoso Ltd.", "Referral admin"),
                Arguments.of("carol", "Carol Park", "Fabrikam, Inc.", "Referral admin"),
                Arguments.of("mia", "Mia Choi", "Microsoft", "Seller"));
    }

    @ParameterizedTest(name = "{0} sees name, organization and role from the backend")
    @MethodSource("demoUsers")
    void demoUserSignsInAndSeesWhoTheyAre(String user, String name, String organization, String role) throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.open(stack.settings().frontendUrl());
            browser.signInAtKeycloak(user, user);

            assertThat(browser.await(By.id("user-name")).getText()).isEqualTo(name);
            assertThat(browser.await(By.id("user-organization")).getText()).isEqualTo(organization);
            assertThat(browser.await(By.id("user-roles")).getText()).isEqualTo(role);
            browser.screenshot("cosell-" + user);
            // The account page shows what the backend's /v1.0/me answered.
            browser.open(stack.settings().frontendUrl() + "/account");
            assertThat(browser.await(By.id("me-organization")).getText()).startsWith(organization);
            assertThat(browser.await(By.id("me-roles")).getText()).isEqualTo(role);
            browser.screenshot("home-" + user);
        }
    }

    @Test
    void userWithoutRoleSeesNoAccessPage() throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.signInAt(stack.settings().frontendUrl(), "dave");

            assertThat(browser.await(By.id("no-access")).getText()).isEqualTo("No access to Co-sell");
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .contains("no Co-sell role in Contoso Ltd.");
            browser.screenshot("no-access-dave");
        }
    }

    @Test
    void wrongPasswordStaysOnLoginPageWithKeycloaksMessage() throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.open(stack.settings().frontendUrl());
            browser.signInAtKeycloak("bob", "not-bobs-password");

            assertThat(browser.await(By.id("input-error-username")).getText()).contains("Invalid username or password");
            assertThat(browser.driver.getCurrentUrl())
                    .startsWith(stack.settings().issuerUri());
            assertThat(browser.driver.findElements(By.id("user-name"))).isEmpty();
            browser.screenshot("login-wrong-password");
        }
    }

    @Test
    void signOutEndsTheSsoSessionToo() throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.signInAt(stack.settings().frontendUrl(), "bob");
            browser.await(By.id("user-name"));

            browser.await(By.id("user-menu")).click(); // the avatar opens the menu
            browser.await(By.id("sign-out")).click();
            // Back at the app, the Keycloak session is gone: the login form asks again.
            browser.await(By.id("username"));
            browser.open(stack.settings().frontendUrl());
            assertThat(browser.await(By.id("username")).isDisplayed()).isTrue();
        }
    }

    /** The account menu's items are made as it first opens; its language submenu works from them. */
    @Test
    void theAccountMenuSwitchesTheLanguageAndBack() throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.signInAt(stack.settings().frontendUrl(), "bob");
            assertThat(browser.await(By.id("user-roles")).getText()).isEqualTo("Referral admin");

            browser.await(By.id("user-menu")).click();
            browser.await(By.id("menu-language")).click(); // opens its submenu
            browser.await(By.id("menu-language-ko")).click(); // the page reloads in Korean
            browser.awaitText(By.id("user-roles"), "추천 관리자", Duration.ofSeconds(20));

            // Back, so that bob's mail language (which follows the choice) stays English for the others.
            browser.await(By.id("user-menu")).click();
            browser.await(By.id("menu-language")).click();
            browser.await(By.id("menu-language-en")).click();
            browser.awaitText(By.id("user-roles"), "Referral admin", Duration.ofSeconds(20));
        }
    }

    @Test
    void koreanUserInterface() throws Exception {
        try (Browser browser = new Browser("ko-KR")) {
            browser.signInAt(stack.settings().frontendUrl(), "bob");

            assertThat(browser.await(By.id("user-roles")).getText()).isEqualTo("추천 관리자");
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContainPattern("![a-z][a-z.-]*!");
            browser.screenshot("home-bob-ko");
        }
    }
}
