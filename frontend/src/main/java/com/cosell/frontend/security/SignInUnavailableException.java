package com.cosell.frontend.security;

/**
 * The user's access token is due for a refresh and the identity provider does not answer: they are
 * still signed in, and the next try after it is back works. Valid tokens keep working meanwhile.
 */
public class SignInUnavailableException extends SessionExpiredException {

    SignInUnavailableException(Throwable cause) {
        super(
                "The sign-in service cannot be reached right now. You are still signed in: try again in a minute.",
                cause);
    }
}
