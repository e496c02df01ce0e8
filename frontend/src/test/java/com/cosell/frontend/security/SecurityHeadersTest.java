package com.cosell.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.support.FrontendTestInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The frontend over real HTTP: sign-in required, CSRF on state changes, security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void pagesNeedSignInThroughTheIdentityProvider() throws Exception {
        HttpResponse<String> response = send(at("/"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/idp"));
    }

    @Test
    void forgedVaadinRequestsAreRefused() throws Exception {
        // Vaadin's own requests carry Vaadin's CSRF token, which a forged request does not have.
        HttpResponse<String> uidl = send(at("/?v-r=uidl&v-uiId=0")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")));
        // Without the session and its token Vaadin changes nothing and answers with an error.
        assertThat(uidl.body()).contains("\"changes\":{}", "appError");
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = send(at("/"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "frame-ancestors 'none'",
                                "default-src 'self'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'")
                        // what Vaadin needs (SecurityConfig.CSP says why), and nothing foreign anywhere
                        .contains(
                                "script-src 'self' 'unsafe-inline' 'unsafe-eval';", "style-src 'self' 'unsafe-inline';")
                        .doesNotContain("*", "http:", "https:"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p ->
                        assertThat(p).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
        // the session cookie (set on the way to the identity provider) stays on this site
        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }

    /** No proxy is trusted by default: a client's X-Forwarded-* change nothing (TrustedProxiesTest: a proxy's do). */
    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        HttpResponse<String> home =
                send(at("/").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example"));
        assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(home.headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/oauth2/authorization/idp");
        assertThat(home.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty()
                .noneSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));

        HttpResponse<String> signIn = send(at("/oauth2/authorization/idp")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https"));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l)
                        .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/idp")
                        .doesNotContain("evil.example"));
    }
}
