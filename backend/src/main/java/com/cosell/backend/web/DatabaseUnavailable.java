package com.cosell.backend.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * No connection to PostgreSQL (restarting, failing over): a 503 with {@code Retry-After}, so a client
 * retries the call, rather than a 500 that reads as a bug. Nothing was written: every write is one transaction.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        R2dbcTransientResourceException.class,
        R2dbcNonTransientResourceException.class
    })
    ResponseEntity<Object> unavailable(ServerWebExchange exchange) {
        ErrorResponseException e = ApiProblems.unavailable(
                "The database is unavailable for a moment; nothing was changed. Try again shortly.", 5);
        e.getBody().setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(e.getBody());
    }
}
