package com.cosell.backend.webhook.address;

/** A webhook URL that may not be used; the message says why, for the API's 400 and the delivery log. */
public class InvalidTarget extends RuntimeException {

    public InvalidTarget(String message) {
        super(message, null, false, false);
    }
}
