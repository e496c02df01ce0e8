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

/** Behind a trusted proxy (loopback here) that terminates TLS: HSTS, a Secure session cookie, the proxy's host. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cosell.trusted-proxies=127.0.0.1/32, ::1")
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class TrustedProxiesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTrustedProxysHttpsAndHostAreBelieved() throws Exception {
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "cosell.example")
                        .header("X-Forwarded-Port", "443")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(home.headers().firstValue("Location")).hasValue("https://cosell.example/oauth2/authorization/idp");
        assertThat(home.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
