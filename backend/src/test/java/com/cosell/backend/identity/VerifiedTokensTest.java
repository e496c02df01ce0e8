package com.cosell.backend.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** A verified token is believed until its expiry, and only a verified one. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    /** The real decoder's verdict: tokens named "good-…" pass and expire in five minutes, others fail. */
    private final ReactiveJwtDecoder decoder = token -> {
        checks.incrementAndGet();
        return token.startsWith("good")
                ? Mono.just(Jwt.withTokenValue(token)
                        .header("alg", "RS256")
                        .subject("bob")
                        .issuedAt(NOW)
                        .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                        .build())
                : Mono.error(new BadJwtException("bad signature"));
    };

    private final VerifiedTokens tokens = new VerifiedTokens(decoder, clock);

    @Test
    void aVerifiedTokenIsNotCheckedAgainUntilItExpires() {
        StepVerifier.create(tokens.decode("good-1"))
                .expectNextMatches(j -> j.getSubject().equals("bob"))
                .verifyComplete();
        now = NOW.plus(Duration.ofMinutes(4));
        StepVerifier.create(tokens.decode("good-1")).expectNextCount(1).verifyComplete();
        assertThat(checks).hasValue(1);

        now = NOW.plus(Duration.ofMinutes(5)); // its exp: the decoder decides again
        StepVerifier.create(tokens.decode("good-1")).expectNextCount(1).verifyComplete();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        for (int i = 0; i < 2; i++) {
            StepVerifier.create(tokens.decode("forged"))
                    .expectError(BadJwtException.class)
                    .verify();
        }
        assertThat(checks).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void fullItForgetsTheExpiredFirstAndNeverGrowsPastItsBound() {
        for (int i = 0; i < VerifiedTokens.MAX_TOKENS; i++) {
            tokens.decode("good-" + i).block();
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.MAX_TOKENS);
        now = NOW.plus(Duration.ofMinutes(6)); // all of them expired
        tokens.decode("good-new").block();
        assertThat(tokens.size()).isEqualTo(1);
    }
}
