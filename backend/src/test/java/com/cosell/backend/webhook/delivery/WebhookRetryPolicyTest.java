package com.cosell.backend.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The retry schedule: exponential ceilings, full jitter, Retry-After, the window; driven on virtual time. */
class WebhookRetryPolicyTest {

    private static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(1));

    @Test
    void ceilingsDoubleFromTheInitialDelayUpToTheMaximum() {
        assertThat(List.of(1, 2, 3, 4, 9, 10, 11, 60, 1000).stream()
                        .map(DEFAULT::ceiling)
                        .toList())
                .containsExactly(
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(40),
                        Duration.ofSeconds(80),
                        Duration.ofSeconds(2560),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @Test
    void fullJitterStaysBetweenZeroAndTheCeilingAndRetryAfterIsAFloorUpToTheMaximum() {
        Random random = new Random(42);
        for (int attempt = 1; attempt < 30; attempt++) {
            Duration d = DEFAULT.delay(attempt, null, random);
            assertThat(d).isBetween(Duration.ZERO, DEFAULT.ceiling(attempt));
        }
        assertThat(DEFAULT.delay(1, Duration.ofMinutes(5), random)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DEFAULT.delay(1, Duration.ofDays(3), random)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpOnceTheNextAttemptWouldFallPastTheWindow() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(DEFAULT.exhausted(since, since.plus(Duration.ofHours(23)))).isFalse();
        assertThat(DEFAULT.exhausted(since, since.plus(Duration.ofDays(1)))).isFalse();
        assertThat(DEFAULT.exhausted(since, since.plus(Duration.ofDays(1)).plusMillis(1)))
                .isTrue();
    }

    @Test
    void answersAreClassifiedAsDeliveredRetriedOrFailed() {
        assertThat(verdicts(200, 204, 299)).containsOnly(Attempt.Verdict.DELIVERED);
        assertThat(verdicts(408, 429, 500, 502, 503, 599)).containsOnly(Attempt.Verdict.RETRY);
        assertThat(verdicts(301, 302, 400, 401, 403, 404, 410, 422)).containsOnly(Attempt.Verdict.FAIL);
        assertThat(Attempt.failed(5, "connection refused").verdict()).isEqualTo(Attempt.Verdict.RETRY);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(WebhookSender.retryAfter("120", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(WebhookSender.retryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookSender.retryAfter("soon", now)).isNull();
    }

    /**
     * A receiver that never recovers, on virtual time: each attempt waits the policy's delay after the
     * one before, exactly as the worker stores it in next_attempt_at, until the next would fall past
     * the day; then it is given up. About a day of attempts, none after it, none too early.
     */
    @Test
    void aReceiverThatNeverRecoversIsRetriedForADayThenGivenUp() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        Random random = new Random(7);
        Instant start = Instant.EPOCH;
        List<Duration> attemptsAt = new ArrayList<>();
        Flux<Duration> attempts = Mono.just(1)
                .expand(n -> {
                    Instant now = start.plusMillis(time.now(java.util.concurrent.TimeUnit.MILLISECONDS));
                    Duration delay = DEFAULT.delay(n, null, random);
                    return DEFAULT.exhausted(start, now.plus(delay))
                            ? Mono.empty()
                            : Mono.delay(delay, time).thenReturn(n + 1);
                })
                .map(n -> Duration.ofMillis(time.now(java.util.concurrent.TimeUnit.MILLISECONDS)))
                .doOnNext(attemptsAt::add);

        StepVerifier.withVirtualTime(() -> attempts, () -> time, Long.MAX_VALUE)
                .thenAwait(Duration.ofDays(2))
                .thenConsumeWhile(d -> true)
                .verifyComplete();

        assertThat(attemptsAt.getFirst()).isZero();
        assertThat(attemptsAt.getLast()).isBetween(Duration.ofHours(20), Duration.ofDays(1));
        assertThat(attemptsAt).hasSizeBetween(20, 80).isSorted();
        for (int i = 1; i < attemptsAt.size(); i++) {
            assertThat(attemptsAt.get(i).minus(attemptsAt.get(i - 1))).isLessThanOrEqualTo(DEFAULT.ceiling(i));
        }
    }

    private static List<Attempt.Verdict> verdicts(int... statuses) {
        List<Attempt.Verdict> out = new ArrayList<>();
        for (int s : statuses) {
            out.add(new Attempt(s, 1, null, null, null).verdict());
        }
        return out;
    }
}
