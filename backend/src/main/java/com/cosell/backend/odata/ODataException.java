package com.cosell.backend.odata;

/**
 * A query the client sent is not acceptable. The message says what is wrong and where, so the
 * API can return it as is in a 400; {@link #position()} is 1-based within the query option.
 */
public class ODataException extends RuntimeException {

    private final int position;

    public ODataException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 1-based character position the problem was found at. */
    public int position() {
        return position;
    }
}
