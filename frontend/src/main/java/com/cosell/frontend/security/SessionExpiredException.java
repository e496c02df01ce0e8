package com.cosell.frontend.security;

import org.jspecify.annotations.Nullable;

/** The user's sign-in can no longer produce an access token; they must sign in again. */
public class SessionExpiredException extends RuntimeException {

    SessionExpiredException(@Nullable Throwable cause) {
        this("Your session has expired; please sign in again.", cause);
    }

    SessionExpiredException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
