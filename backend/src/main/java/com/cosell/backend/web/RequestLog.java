package com.cosell.backend.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per API request with its correlation id: the caller's {@code X-Request-Id} (the
 * frontend sends one per call) or a new one, echoed in the answer so both sides' logs join. Its
 * fields are key-value pairs, so structured (JSON) logging carries them as fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLog implements WebFilter {

    static final String HEADER = "X-Request-Id";
    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    /** What a client may pass as its id: short and printable, so it cannot forge log lines. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/v1.0/")) {
            return chain.filter(exchange);
        }
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        exchange.getResponse().getHeaders().set(HEADER, id);
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            log.atInfo()
                    .setMessage("{} {} {} {} ms")
                    .addArgument(exchange.getRequest().getMethod())
                    .addArgument(path)
                    .addArgument(status == null ? 200 : status.value())
                    .addArgument((System.nanoTime() - start) / 1_000_000)
                    .addKeyValue("requestId", id)
                    .addKeyValue("method", exchange.getRequest().getMethod().name())
                    .addKeyValue("path", path)
                    .addKeyValue("status", status == null ? 200 : status.value())
                    .log();
        });
    }
}
