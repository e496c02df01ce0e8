package com.cosell.backend.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a $filter or $orderby into tokens; rejects any character the grammar has no use for. */
final class Lexer {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");
    // No exponent: keeps numbers within what PostgreSQL's numeric accepts.
    static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    static final Pattern DATETIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");
    static final Pattern GUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private final String input;
    private int index;

    private Lexer(String input) {
        this.input = input;
    }

    static List<Token> tokenize(String input) {
        return new Lexer(input).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (index < input.length() && isSpace(input.charAt(index))) {
                index++;
            }
            if (index == input.length()) {
                tokens.add(new Token(Token.Kind.END, "", "", index + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = index;
        char c = input.charAt(index);
        switch (c) {
            case '(' -> {
                index++;
                return new Token(Token.Kind.OPEN, "(", "(", start + 1);
            }
            case ')' -> {
                index++;
                return new Token(Token.Kind.CLOSE, ")", ")", start + 1);
            }
            case ',' -> {
                index++;
                return new Token(Token.Kind.COMMA, ",", ",", start + 1);
            }
            case ':' -> {
                index++;
                return new Token(Token.Kind.COLON, ":", ":", start + 1);
            }
            case '\'' -> {
                return string(start);
            }
            default -> {
                if (isWordChar(c)) {
                    return word(start);
                }
                throw new ODataException("Unexpected character '" + c + "' at position " + (start + 1), start + 1);
            }
        }
    }

    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        index++;
        while (index < input.length()) {
            char c = input.charAt(index++);
            if (c == '\'') {
                if (index < input.length() && input.charAt(index) == '\'') {
                    value.append('\'');
                    index++;
                    continue;
                }
                return new Token(Token.Kind.STRING, value.toString(), input.substring(start, index), start + 1);
            }
            if (c == '\0') {
                // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
                throw new ODataException("String at position " + (start + 1) + " contains a NUL character", index);
            }
            value.append(c);
        }
        throw new ODataException(
                "Unterminated string starting at position " + (start + 1)
                        + "; close it with ' (write '' for a quote inside)",
                start + 1);
    }

    /**
     * A bare word: identifier, keyword, number, unquoted date-time or GUID. A word that starts like an
     * identifier ends before a ':', which is then a lambda's colon ({@code t:t/email}); only
     * date-times, which start with a digit, have ':' inside.
     */
    private Token word(int start) {
        char first = input.charAt(start);
        boolean identifierLike = first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        while (index < input.length()
                && isWordChar(input.charAt(index))
                && !(identifierLike && input.charAt(index) == ':')) {
            index++;
        }
        String text = input.substring(start, index);
        Token.Kind kind;
        if (IDENTIFIER.matcher(text).matches()) {
            kind = Token.Kind.IDENTIFIER;
        } else if (NUMBER.matcher(text).matches()) {
            kind = Token.Kind.NUMBER;
        } else if (DATETIME.matcher(text).matches()) {
            kind = Token.Kind.DATETIME;
        } else if (GUID.matcher(text).matches()) {
            kind = Token.Kind.GUID;
        } else {
            throw new ODataException(
                    "Malformed token '" + text + "' at position " + (start + 1)
                            + "; expected a field, number, date-time (e.g. 2026-01-01T00:00:00Z) or GUID",
                    start + 1);
        }
        return new Token(kind, text, text, start + 1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '/'
                || c == '.'
                || c == ':'
                || c == '+'
                || c == '-';
    }
}
