package com.cosell.frontend.backend;

import org.jspecify.annotations.Nullable;

/** The backend refused a call or could not be reached; {@link #getMessage()} says why, for the user. */
public class BackendException extends RuntimeException {

    private final int status;

    protected BackendException(int status, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when the backend could not be reached. */
    public int status() {
        return status;
    }
}
