package com.cosell.backend.limit;

import com.cosell.backend.identity.CallerAuthentication;
import com.cosell.backend.limit.RateBuckets.Taken;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers 429 with {@code Retry-After} (problem+json, as Partner Center throttles) to a request over
 * its organization's or its caller's limit. Runs after the security filters (order -100), so only
 * callers with a valid token are counted, each under the organization and id the token proves.
 */
@Component
@Order(0)
class RateLimitFilter implements WebFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final ProblemWriter problems;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, ProblemWriter problems, MeterRegistry meters) {
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || !exchange.getRequest().getPath().value().startsWith("/v1.0/")) {
            return chain.filter(exchange);
        }
        boolean handshake =
                "websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getUpgrade());
        return exchange.getPrincipal()
                .ofType(CallerAuthentication.class)
                .flatMap(auth -> limiter.refusal(auth.caller(), handshake))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(refused -> refused.isPresent() ? tooMany(exchange, refused.get()) : chain.filter(exchange));
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Taken refused) {
        Bucket bucket = refused.bucket();
        Counter.builder("cosell.rate.limited")
                .description("Requests refused by a rate limit")
                .tag("limit", bucket.what())
                .register(meters)
                .increment();
        long seconds = refused.retryAfterSeconds();
        String limit = bucket.burst() + " at once, then " + number(bucket.perSecond()) + " a second";
        String detail = switch (bucket.what()) {
            case "organization" -> "Your organization has sent more requests than it may (" + limit + ").";
            case "handshake" -> "You have opened event streams faster than one user may (" + limit + ").";
            default -> "You have sent more requests than one user may (" + limit + ").";
        };
        var problem = ApiProblems.tooManyRequests(detail + " Retry after " + seconds + " s.", seconds);
        problem.getBody().setProperty("limit", bucket.what());
        return problems.write(exchange, problem);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
