package com.cosell.backend.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * A noisy organization gets 429s while another one's requests, sent at the same time, all succeed;
 * and a user who reconnects the event stream in a loop is held back at the handshake.
 */
@BackendTest
@TestPropertySource(
        properties = {
            "cosell.rate-limits.organization-burst=20", "cosell.rate-limits.organization-per-second=2",
            "cosell.rate-limits.handshake-burst=3", "cosell.rate-limits.handshake-per-second=0.1"
        })
class RateLimitApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    /** The buckets this test drained to its own small limits must not hold back the next test. */
    @AfterEach
    void forgetBuckets() {
        db.sql("DELETE FROM rate_bucket").fetch().rowsUpdated().block(WAIT);
    }

    @Test
    void aNoisyOrganizationCannotStarveAnother() {
        WebClient client = WebClient.create("http://localhost:" + port);
        String bob = Users.token("bob");
        String carol = Users.token("carol");
        Flux<ResponseEntity<String>> noisy = Flux.range(0, 120).flatMap(i -> get(client, bob), 8);
        Flux<ResponseEntity<String>> quiet =
                Flux.range(0, 15).concatMap(i -> get(client, carol).delayElement(Duration.ofMillis(50)));
        long start = System.nanoTime();
        List<ResponseEntity<String>> all =
                Flux.merge(noisy, quiet).collectList().block(WAIT);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<ResponseEntity<String>> contoso = all.stream()
                .filter(r -> body(r).contains("contoso") || r.getStatusCode().value() == 429)
                .toList();
        List<ResponseEntity<String>> fabrikam =
                all.stream().filter(r -> body(r).contains("fabrikam")).toList();
        assertThat(fabrikam)
                .hasSize(15)
                .allSatisfy(r -> assertThat(r.getStatusCode().value()).isEqualTo(200));
        assertThat(contoso).hasSize(120);
        long refused =
                contoso.stream().filter(r -> r.getStatusCode().value() == 429).count();
        // the burst of 20 and what refilled while the test ran (2 a second); the rest refused
        assertThat(refused).isPositive();
        assertThat(120 - refused).isLessThanOrEqualTo(20 + (long) Math.ceil(2 * seconds));

        ResponseEntity<String> tooMany = contoso.stream()
                .filter(r -> r.getStatusCode().value() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(tooMany.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(tooMany.getHeaders().getFirst("Retry-After"))).isBetween(1L, 1L);
        JsonNode problem = Api.json(tooMany.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("limit").asString()).isEqualTo("organization");
        assertThat(problem.get("detail").asString())
                .isEqualTo(
                        "Your organization has sent more requests than it may (20 at once, then 2 a second). Retry after 1 s.");
    }

    @Test
    void eventStreamHandshakesAreLimitedPerUser() {
        WebClient client = WebClient.create("http://localhost:" + port);
        String token = Users.token("contoso-crm");
        List<Integer> statuses = Flux.range(0, 5)
                .concatMap(i -> client.get()
                        .uri("/v1.0/engagements/events?after=abc")
                        .headers(h -> {
                            h.setBearerAuth(token);
                            h.set("Connection", "Upgrade");
                            h.set("Upgrade", "websocket");
                            h.set("Sec-WebSocket-Version", "13");
                            h.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
                        })
                        .exchangeToMono(r -> r.toEntity(String.class)))
                .map(r -> r.getStatusCode().value())
                .collectList()
                .block(WAIT);
        // three handshakes reach the stream (and are refused there for their bad resume point), then 429
        assertThat(statuses).containsExactly(400, 400, 400, 429, 429);
        // other requests of the same integration are not held back by its handshakes
        assertThat(get(client, token).block(WAIT).getStatusCode().value()).isEqualTo(200);
    }

    private static reactor.core.publisher.Mono<ResponseEntity<String>> get(WebClient client, String token) {
        return client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(token))
                .exchangeToMono(r -> r.toEntity(String.class));
    }

    private static String body(ResponseEntity<String> response) {
        return response.getBody() == null ? "" : response.getBody();
    }
}
