package com.cosell.backend.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Turns a literal token into the Java value of a field's type, or says why it does not fit. */
final class Literals {

    private Literals() {}

    static boolean isLiteral(Token token) {
        return switch (token.kind()) {
            case STRING, NUMBER, DATETIME, GUID -> true;
            case IDENTIFIER -> isKeywordLiteral(token.text());
            default -> false;
        };
    }

    static boolean isKeywordLiteral(String word) {
        return word.equals("true") || word.equals("false") || word.equals("null");
    }

    static boolean isNull(Token token) {
        return token.isWord("null");
    }

    /** The value of a non-null literal for this field. */
    static Object valueFor(Field field, Token literal) {
        return switch (field.type()) {
            case STRING -> {
                require(literal.is(Token.Kind.STRING), field, literal, "a quoted string such as 'text'");
                yield literal.text();
            }
            case ENUM -> {
                require(literal.is(Token.Kind.STRING), field, literal, "a quoted value, one of " + allowed(field));
                if (!field.enumValues().contains(literal.text())) {
                    throw new ODataException(
                            "Value " + literal.describe() + " at position " + literal.position()
                                    + " is not allowed for field '" + field.path() + "'; allowed: " + allowed(field),
                            literal.position());
                }
                yield literal.text();
            }
            case NUMBER -> {
                require(literal.is(Token.Kind.NUMBER), field, literal, "a number such as 42 or -1.5");
                yield new BigDecimal(literal.text());
            }
            case DATETIME -> {
                boolean fits = literal.is(Token.Kind.DATETIME)
                        || literal.is(Token.Kind.STRING)
                                && Lexer.DATETIME.matcher(literal.text()).matches();
                String expected = "an ISO-8601 date-time with offset such as 2026-01-01T00:00:00Z";
                require(fits, field, literal, expected);
                try {
                    // PostgreSQL keeps microseconds; truncating here keeps SQL and in-memory in step.
                    yield OffsetDateTime.parse(literal.text()).truncatedTo(ChronoUnit.MICROS);
                } catch (DateTimeParseException e) {
                    throw mismatch(field, literal, expected);
                }
            }
            case BOOLEAN -> {
                require(literal.isWord("true") || literal.isWord("false"), field, literal, "true or false");
                yield Boolean.valueOf(literal.text());
            }
            case UUID -> {
                // UUID.fromString alone is lenient (accepts 1-2-3-4-5), so check the shape first.
                boolean fits = literal.is(Token.Kind.GUID)
                        || literal.is(Token.Kind.STRING)
                                && Lexer.GUID.matcher(literal.text()).matches();
                require(fits, field, literal, "a GUID such as 01234567-89ab-cdef-0123-456789abcdef");
                yield UUID.fromString(literal.text());
            }
        };
    }

    private static void require(boolean fits, Field field, Token literal, String expected) {
        if (!fits) {
            throw mismatch(field, literal, expected);
        }
    }

    private static ODataException mismatch(Field field, Token literal, String expected) {
        return new ODataException(
                "Field '" + field.path() + "' is " + field.type() + " and needs " + expected + ", but found "
                        + literal.describe() + " at position " + literal.position(),
                literal.position());
    }

    private static String allowed(Field field) {
        return String.join(", ", field.enumValues().stream().sorted().toList());
    }
}
