package com.cosell.backend.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 *
 * <p>The operator sees why in the log: a wrong password or a full disk answers the same 503 as a
 * restart. One line at most every ten seconds, with the number of failures since the last, so an
 * outage under load does not flood the log.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final long LOG_EVERY = Duration.ofSeconds(10).toNanos();

    private final LongSupplier nanos;
    private final AtomicLong nextLine;
    private final AtomicLong unlogged = new AtomicLong();

    DatabaseUnavailable() {
        this(System::nanoTime);
    }

    DatabaseUnavailable(LongSupplier nanos) {
        this.nanos = nanos;
        this.nextLine = new AtomicLong(nanos.getAsLong());
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        R2dbcTransientResourceException.class,
        R2dbcNonTransientResourceException.class
    })
    ResponseEntity<Object> unavailable(Exception failure, ServerWebExchange exchange) {
        note(failure);
        ErrorResponseException e = ApiProblems.unavailable(
                "The database is unavailable for a moment; nothing was changed. Try again shortly.", 5);
        e.getBody().setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(e.getBody());
    }

    private void note(Exception failure) {
        long now = nanos.getAsLong();
        long next = nextLine.get();
        if (now - next >= 0 && nextLine.compareAndSet(next, now + LOG_EVERY)) {
            long since = unlogged.getAndSet(0);
            log.warn(
                    "The database is unavailable; answering 503: {}{}",
                    causes(failure),
                    since == 0 ? "" : " (" + since + " more since the last line)");
        } else {
            unlogged.incrementAndGet();
        }
    }

    /** The messages down the cause chain: the driver's reason is usually the last. */
    private static String causes(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null && messages.size() < 5; t = t.getCause()) {
            messages.add(t.getClass().getSimpleName() + ": " + t.getMessage());
        }
        return String.join("; caused by ", messages);
    }
}
