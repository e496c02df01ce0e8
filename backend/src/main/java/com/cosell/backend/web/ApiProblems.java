package com.cosell.backend.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems the API answers with; each says what is wrong in its detail. */
public final class ApiProblems {

    private ApiProblems() {}

    /** One offending field (a JSON path such as {@code details/dealValue}) and why. */
    public record FieldError(String field, String message) {}

    public static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    public static ErrorResponseException invalid(List<FieldError> errors) {
        ErrorResponseException e = problem(
                HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : "The request has " + errors.size() + " invalid fields.");
        e.getBody()
                .setProperty(
                        "errors",
                        errors.stream()
                                .map(f -> Map.of("field", f.field(), "message", f.message()))
                                .toList());
        return e;
    }

    public static ErrorResponseException notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, what + " was not found.");
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, detail);
    }

    /** An illegal move; {@code allowed} names the ones that are possible. */
    public static ErrorResponseException conflict(String detail, Collection<String> allowed) {
        ErrorResponseException e = problem(
                HttpStatus.CONFLICT,
                allowed.isEmpty() ? detail : detail + " Allowed: " + String.join(", ", allowed) + ".");
        e.getBody().setProperty("allowed", List.copyOf(allowed));
        return e;
    }

    public static ErrorResponseException stale(String currentETag) {
        ErrorResponseException e = problem(
                HttpStatus.PRECONDITION_FAILED,
                "The referral was changed by someone else (its eTag is now " + currentETag
                        + "); read it again and reapply your change.");
        e.getBody().setProperty("currentETag", currentETag);
        return e;
    }

    public static ErrorResponseException ifMatchRequired() {
        return problem(
                HttpStatus.PRECONDITION_REQUIRED,
                "PUT needs an If-Match header with the referral's eTag, so that no change is overwritten unseen.");
    }

    /** A user holding all the event streams one user may open; one must close first. */
    public static ErrorResponseException tooManyStreams(int max) {
        ErrorResponseException e = problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "You have " + max
                        + " event streams open, as many as one user may; close one (or reuse it) and try again.");
        e.getHeaders().set("Retry-After", "30");
        return e;
    }

    /** A caller over a rate limit; {@code Retry-After} says when a token is there again. */
    public static ErrorResponseException tooManyRequests(String detail, long retryAfterSeconds) {
        ErrorResponseException e = problem(HttpStatus.TOO_MANY_REQUESTS, detail);
        e.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return e;
    }

    /** A request over one of the configured limits (an import's size or its rows); the detail says which. */
    public static ErrorResponseException tooLarge(String detail) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    /** A service the call depends on (the identity provider's admin API) failed or did not answer. */
    public static ErrorResponseException upstreamFailed(String detail) {
        return problem(HttpStatus.BAD_GATEWAY, detail);
    }

    /** Something the API needs (its database) is down for a moment; {@code Retry-After} says when to try again. */
    public static ErrorResponseException unavailable(String detail, long retryAfterSeconds) {
        ErrorResponseException e = problem(HttpStatus.SERVICE_UNAVAILABLE, detail);
        e.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return e;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ErrorResponseException e = new ErrorResponseException(status);
        e.setDetail(detail);
        return e;
    }
}
