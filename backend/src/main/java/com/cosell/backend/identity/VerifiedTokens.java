package com.cosell.backend.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A token verified once is believed until it expires: a client sends the same token with every
 * request for minutes, and checking its signature and claims each time was a fixed cost on every
 * call. Only tokens that passed every check are kept, each no longer than its own {@code exp}, so
 * nothing is accepted that the decoder would refuse (bar its clock-skew grace after {@code exp},
 * which the decoder itself then decides). Bounded: when full, the expired go, and if that is not
 * enough, everything (the next request of each client verifies again).
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 4096;

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(expiry(known))) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() == null) {
                return; // believed only as long as this request: never cached
            }
            if (verified.size() >= MAX_TOKENS) {
                Instant now = clock.instant();
                verified.values().removeIf(j -> !now.isBefore(expiry(j)));
                if (verified.size() >= MAX_TOKENS) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        });
    }

    private static Instant expiry(Jwt jwt) {
        Instant exp = jwt.getExpiresAt();
        return exp == null ? Instant.MIN : exp;
    }

    int size() {
        return verified.size();
    }
}
