package com.cosell.frontend.backend;

import java.util.List;
import org.jspecify.annotations.Nullable;

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

    protected BackendException(int status, String message, List<FieldError> fieldErrors, List<String> allowed,
                               @Nullable Throwable cause) {
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
}
