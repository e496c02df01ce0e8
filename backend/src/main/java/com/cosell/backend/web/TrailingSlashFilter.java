package com.cosell.backend.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Partner Center's connector calls {@code …/referrals/{id}/} and {@code …/referrals/{id}//} for its
 * deal-registration operations: under {@code /v1.0/} trailing slashes are dropped before anything
 * else (security included) sees the path, so those reach the same handlers as {@code …/{id}}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrailingSlashFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/v1.0/") || !path.endsWith("/")) {
            return chain.filter(exchange);
        }
        String trimmed = path.replaceAll("/+$", "");
        return chain.filter(exchange.mutate().request(r -> r.path(trimmed)).build());
    }
}
