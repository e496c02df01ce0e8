package com.cosell.backend.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The scrape endpoint: Co-sell's gauges beside Micrometer's, for the scrape account only. */
@BackendTest
class PrometheusEndpointTest {

    @Autowired
    WebTestClient client;

    @Autowired
    BacklogGauges gauges;

    @Test
    void theScrapeAccountReadsCosellsGaugesAndRequestMetrics() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .exchange()
                .expectStatus()
                .isOk();
        gauges.runOnce().block(); // the job samples the database; one run here instead of waiting for it

        // the scrape holds a latency histogram per route: more than the test client's default buffer
        String body = client.mutate()
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build()
                .get()
                .uri(MetricsSecurityConfig.PATH)
                .headers(h -> h.setBasicAuth("prometheus", "scrape-test-secret"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains(
                        "cosell_events_subscribers",
                        "cosell_events_lag",
                        "cosell_expiry_backlog",
                        "r2dbc_pool_",
                        "jvm_memory_used_bytes");
        assertThat(body).containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/v1.0/me\"");

        // the Grafana dashboard in deploy/ asks only for series the backend publishes
        Matcher names = METRIC.matcher(dashboard());
        int checked = 0;
        while (names.find()) {
            assertThat(body)
                    .as("deploy/grafana-dashboard.json uses %s", names.group())
                    .contains(names.group());
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    private static final Pattern METRIC = Pattern.compile("\\b(cosell|http_server|jvm|r2dbc)_[a-z_]+");

    private static String dashboard() {
        try {
            return Files.readString(Path.of("..", "deploy", "grafana-dashboard.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void nobodyElseMayScrape() {
        client.get().uri(MetricsSecurityConfig.PATH).exchange().expectStatus().isUnauthorized();
        client.get()
                .uri(MetricsSecurityConfig.PATH)
                .headers(h -> h.setBasicAuth("prometheus", "guess"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        // a person's valid token is not a scrape credential
        client.get()
                .uri(MetricsSecurityConfig.PATH)
                .headers(h -> h.setBearerAuth(Users.token("alice")))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
