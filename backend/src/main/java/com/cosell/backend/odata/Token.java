package com.cosell.backend.odata;

/**
 * One lexical token. {@code text} is the decoded value (quotes and '' escapes removed for
 * strings), {@code raw} what the client wrote, {@code position} 1-based for messages.
 */
record Token(Kind kind, String text, String raw, int position) {

    enum Kind {
        OPEN,
        CLOSE,
        COMMA,
        /** After a lambda variable: {@code t:t/email eq 'x'}. */
        COLON,
        /** Field path, keyword (and, eq, true, null, asc...) or function name: the parser tells which. */
        IDENTIFIER,
        STRING,
        NUMBER,
        DATETIME,
        GUID,
        END
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equals(word);
    }

    /** How to name this token in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "end of input";
            case STRING -> raw; // already quoted
            default -> "'" + raw + "'";
        };
    }
}
