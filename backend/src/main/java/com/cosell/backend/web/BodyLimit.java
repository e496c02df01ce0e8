package com.cosell.backend.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;

/** A body over {@code spring.codecs.max-in-memory-size}: the 413 says what the limit is (the framework's says nothing). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimit {

    private final DataSize max;

    BodyLimit(@Value("${spring.codecs.max-in-memory-size:256KB}") DataSize max) {
        this.max = max;
    }

    @ExceptionHandler({PayloadTooLargeException.class, ContentTooLargeException.class})
    ProblemDetail tooLarge(ServerWebExchange exchange) {
        ProblemDetail problem = ApiProblems.tooLarge("The body is larger than " + max.toKilobytes() + " KB ("
                        + max.toBytes() + " bytes), the most one request may send.")
                .getBody();
        problem.setInstance(java.net.URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }
}
