package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The development realm as an attacker would try it (no reusable refresh tokens, no open redirects), and as a person uses it. */
class RealmHardeningTest extends StackTest {

    private static final Pattern REFRESH = Pattern.compile("\"refresh_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String refreshToken(HttpResponse<String> response) {
        Matcher m = REFRESH.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return m.group(1);
    }

    @Test
    void aRefreshTokenWorksOnceAndIsRefusedWhenReused() throws Exception {
        String first = refreshToken(Tokens.tokenEndpoint(
                stack.settings(), "client_id=cosell-cli&grant_type=password&username=bob&password=bob"));
        HttpResponse<String> refreshed = Tokens.tokenEndpoint(
                stack.settings(), "client_id=cosell-cli&grant_type=refresh_token&refresh_token=" + first);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshToken(refreshed)).isNotEqualTo(first);

        HttpResponse<String> reused = Tokens.tokenEndpoint(
                stack.settings(), "client_id=cosell-cli&grant_type=refresh_token&refresh_token=" + first);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("invalid_grant");
    }

    @Test
    void theWorkspaceClientRedirectsOnlyToItsExactCallback() throws Exception {
        String base = stack.settings().frontendUrl();
        assertThat(authorize(base + "/login/oauth2/code/idp").body()).doesNotContain("Invalid parameter: redirect_uri");
        for (String evil : new String[] {
            base + "/login/oauth2/code/idp/../../evil", base + "/evil", "http://evil.example/login/oauth2/code/idp"
        }) {
            assertThat(authorize(evil).body()).as(evil).contains("Invalid parameter: redirect_uri");
        }
    }

    /**
     * The account console works for a person: the realm's users are imported with the account
     * client's roles (an import gives no default roles; without them the console said "Something went
     * wrong"). Their names are shown but, being the directory's, not editable.
     */
    @Test
    void bobsAccountConsoleLoads() throws Exception {
        try (Browser browser = new Browser("en-US")) {
            browser.signInAt(stack.settings().issuerUri() + "/account", "bob");
            WebElement email = browser.await(By.id("email"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> "bob@contoso.example.com".equals(email.getDomProperty("value")));
            assertThat(browser.driver.findElement(By.id("firstName")).getDomProperty("value"))
                    .isEqualTo("Bob");
            assertThat(browser.driver.findElement(By.id("firstName")).isEnabled()
                            && browser.driver.findElement(By.id("firstName")).getDomAttribute("readonly") == null)
                    .as("the first name is read-only for its owner")
                    .isFalse();
            assertThat(browser.bodyText()).contains("Personal info").doesNotContain("Something went wrong");
        }
    }

    private static HttpResponse<String> authorize(String redirectUri) throws Exception {
        String query = "client_id=cosell-ui&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(stack.settings().issuerUri() + "/protocol/openid-connect/auth?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
