package com.cosell.backend.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Each way R2DBC says "no connection" is a 503 to retry, not a 500; other failures stay what they are. */
class DatabaseUnavailableTest {

    @RestController
    static class Failing {
        @GetMapping("/pool")
        Mono<String> pool() {
            return Mono.error(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection"));
        }

        @GetMapping("/transaction")
        Mono<String> transaction() {
            return Mono.error(new CannotCreateTransactionException("Could not open R2DBC Connection"));
        }

        @GetMapping("/driver")
        Mono<String> driver() {
            return Mono.error(new R2dbcNonTransientResourceException("Connection validation failed"));
        }

        @GetMapping("/bug")
        Mono<String> bug() {
            return Mono.error(new IllegalStateException("a bug"));
        }
    }

    private final WebTestClient client = WebTestClient.bindToController(new Failing())
            .controllerAdvice(new DatabaseUnavailable())
            .build();

    @Test
    void noConnectionIsA503ProblemWithRetryAfter() {
        for (String path : new String[] {"/pool", "/transaction", "/driver"}) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader()
                    .valueEquals("Retry-After", "5")
                    .expectBody()
                    .jsonPath("$.instance")
                    .isEqualTo(path)
                    .jsonPath("$.detail")
                    .value(d -> org.assertj.core.api.Assertions.assertThat((String) d)
                            .contains("database is unavailable"));
        }
    }

    @Test
    void anyOtherFailureIsNotDisguisedAsAnOutage() {
        client.get().uri("/bug").exchange().expectStatus().isEqualTo(500);
    }
}
