package com.cosell.frontend.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClientResponseException;

/**
 * The backend refused a call or could not be reached; {@link #getMessage()} says why, for the user.
 * A 400 may name the offending fields, a 409 the moves that are allowed instead.
 */
public class BackendException extends RuntimeException {

    private final int status;
    private final List<FieldError> fieldErrors;
    private final List<String> allowed;

    protected BackendException(int status, String message, @Nullable Throwable cause) {
        this(status, message, List.of(), List.of(), cause);
    }

    protected BackendException(
            int status, String message, List<FieldError> fieldErrors, List<String> allowed, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.allowed = List.copyOf(allowed);
    }

    /** The HTTP status, or 0 when the backend could not be reached. */
    public int status() {
        return status;
    }

    /** Someone else changed the referral since it was read (412 on If-Match). */
    public boolean isStale() {
        return status == 412;
    }

    /** The fields a 400 named; empty when it named none. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** For a 409: the moves that are possible from where the referral stands. */
    public List<String> allowed() {
        return allowed;
    }

    /** The backend's refusal, read from its problem+json body when it sent one. */
    static BackendException refused(RestClientResponseException e) {
        Map<?, ?> problem = problem(e);
        return new BackendException(
                e.getStatusCode().value(), detail(e, problem), fieldErrors(problem), allowed(problem), e);
    }

    private static @Nullable Map<?, ?> problem(RestClientResponseException e) {
        try {
            return e.getResponseBodyAs(Map.class);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The problem+json {@code detail} when the backend sent one. */
    private static String detail(RestClientResponseException e, @Nullable Map<?, ?> problem) {
        if (problem != null && problem.get("detail") instanceof String detail) {
            return detail;
        }
        return "The Co-sell service answered " + e.getStatusCode().value() + ".";
    }

    private static List<FieldError> fieldErrors(@Nullable Map<?, ?> problem) {
        List<FieldError> errors = new ArrayList<>();
        if (problem != null && problem.get("errors") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m
                        && m.get("field") instanceof String f
                        && m.get("message") instanceof String msg) {
                    errors.add(new FieldError(f, msg));
                }
            }
        }
        return errors;
    }

    private static List<String> allowed(@Nullable Map<?, ?> problem) {
        if (problem != null && problem.get("allowed") instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
