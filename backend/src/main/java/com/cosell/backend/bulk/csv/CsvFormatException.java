package com.cosell.backend.bulk.csv;

/** A file that cannot be read as CSV at all; the message names where and what to do. */
public final class CsvFormatException extends RuntimeException {

    public CsvFormatException(String message) {
        super(message, null, false, false);
    }
}
