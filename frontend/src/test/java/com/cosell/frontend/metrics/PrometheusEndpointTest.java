package com.cosell.frontend.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.support.FrontendTestInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The workspace's scrape endpoint over real HTTP: for the scrape account, without a session or a sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FrontendTestInitializer.class)
class PrometheusEndpointTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> scrape(String user, String password) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + MetricsSecurityConfig.PATH));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theScrapeAccountReadsTheVaadinGaugesAndNoSessionIsMade() throws Exception {
        HttpResponse<String> response = scrape("prometheus", "scrape-test-secret");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "cosell_ui_sessions",
                        "cosell_ui_open",
                        "cosell_ui_event_streams",
                        "jvm_memory_used_bytes",
                        "application=\"cosell-frontend\"");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anyoneElseIsRefusedRatherThanSentToSignIn() throws Exception {
        assertThat(scrape(null, null).statusCode()).isEqualTo(401);
        assertThat(scrape("prometheus", "guess").statusCode()).isEqualTo(401);
    }
}
