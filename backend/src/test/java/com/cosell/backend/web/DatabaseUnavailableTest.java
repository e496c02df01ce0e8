package com.cosell.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

        @GetMapping("/password")
        Mono<String> password() {
            return Mono.error(new DataAccessResourceFailureException(
                    "Failed to obtain R2DBC Connection",
                    new R2dbcNonTransientResourceException("password authentication failed for user \"cosell\"")));
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
                    .value(d -> assertThat((String) d).contains("database is unavailable"));
        }
    }

    @Test
    void anyOtherFailureIsNotDisguisedAsAnOutage() {
        client.get().uri("/bug").exchange().expectStatus().isEqualTo(500);
    }

    /** A wrong password answers the same 503 as a restart: the log says which, without a flood. */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theLogSaysWhyAtMostOnceInTenSeconds(CapturedOutput output) {
        AtomicLong nanos = new AtomicLong();
        WebTestClient logged = WebTestClient.bindToController(new Failing())
                .controllerAdvice(new DatabaseUnavailable(nanos::get))
                .build();

        logged.get().uri("/password").exchange().expectStatus().isEqualTo(503);
        nanos.set(Duration.ofSeconds(1).toNanos());
        logged.get().uri("/pool").exchange().expectStatus().isEqualTo(503);
        logged.get().uri("/driver").exchange().expectStatus().isEqualTo(503);
        nanos.set(Duration.ofSeconds(10).toNanos());
        logged.get().uri("/transaction").exchange().expectStatus().isEqualTo(503);

        assertThat(output.getOut().lines().filter(l -> l.contains("The database is unavailable")))
                .satisfiesExactly(
                        first -> assertThat(first)
                                .contains("WARN")
                                .contains("Failed to obtain R2DBC Connection; caused by "
                                        + "R2dbcNonTransientResourceException: password authentication failed")
                                .doesNotContain("more since"),
                        second -> assertThat(second)
                                .contains("Could not open R2DBC Connection", "(2 more since the last line)"));
    }
}
