package com.cosell.backend.odata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a filter over a row given as {@code path -> value}, with the semantics of the SQL
 * that {@link SqlWriter} writes: a comparison with a missing or null value is false, except
 * {@code ne} (IS DISTINCT FROM), which is true. A collection is a Collection of such maps, one per
 * element keyed by member path; missing or null, it has no elements.
 */
final class InMemoryEvaluator {

    private InMemoryEvaluator() {}

    static Predicate<Map<String, Object>> predicate(FilterExpression expression) {
        return row -> test(expression, row);
    }

    static boolean test(FilterExpression expression, Map<String, Object> row) {
        return switch (expression) {
            case FilterExpression.And and -> and.operands().stream().allMatch(e -> test(e, row));
            case FilterExpression.Or or -> or.operands().stream().anyMatch(e -> test(e, row));
            case FilterExpression.Not not -> !test(not.operand(), row);
            case FilterExpression.Comparison comparison ->
                comparison(comparison, row.get(comparison.field().path()));
            case FilterExpression.TextMatch match -> {
                Object value = row.get(match.field().path());
                yield value != null && match.function().matches(text(match.field(), value), match.text());
            }
            case FilterExpression.Lambda lambda -> {
                CollectionField collection = lambda.collection();
                Stream<Map<String, Object>> elements = elements(collection, row.get(collection.path()));
                yield switch (lambda.quantifier()) {
                    case ANY -> elements.anyMatch(e -> test(lambda.predicate(), e));
                    case ALL -> elements.allMatch(e -> test(lambda.predicate(), e));
                };
            }
        };
    }

    @SuppressWarnings("unchecked") // String-keyed by the contract of ODataQuery.predicate, like the row
    private static Stream<Map<String, Object>> elements(CollectionField collection, @Nullable Object value) {
        if (value == null) {
            return Stream.empty();
        }
        if (!(value instanceof Collection<?> elements)) {
            throw new IllegalArgumentException("Row value of collection '" + collection.path()
                    + "' has unsupported type " + value.getClass().getName());
        }
        return elements.stream().map(element -> {
            if (!(element instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(
                        "An element of collection '" + collection.path() + "' is not a Map but "
                                + (element == null ? "null" : element.getClass().getName()));
            }
            return (Map<String, Object>) map;
        });
    }

    private static boolean comparison(FilterExpression.Comparison comparison, @Nullable Object value) {
        Object literal = comparison.value();
        ComparisonOperator op = comparison.operator();
        if (literal == null) {
            return (value == null) == (op == ComparisonOperator.EQ);
        }
        if (value == null) {
            return op == ComparisonOperator.NE;
        }
        return op.accepts(compare(comparison.field(), value, literal));
    }

    /** Compares a row value with a literal already of the field's Java type. */
    private static int compare(Field field, Object value, Object literal) {
        return switch (field.type()) {
            case STRING, ENUM -> compareCodePoints(fold(field, text(field, value)), fold(field, (String) literal));
            case NUMBER -> number(field, value).compareTo((BigDecimal) literal);
            // timestamptz compares instants, whatever the offset.
            case DATETIME -> instant(field, value).compareTo(((OffsetDateTime) literal).toInstant());
            case BOOLEAN -> ((Boolean) cast(field, value, Boolean.class)).compareTo((Boolean) literal);
            case UUID -> uuid(field, value).equals(literal) ? 0 : 1;
        };
    }

    /** What SQL's lower() on both sides makes of a string of an ignore-case field. */
    private static String fold(Field field, String text) {
        return field.ignoreCase() ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** Code point order, the order of PostgreSQL's "C" collation (String.compareTo differs beyond the BMP). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static String text(Field field, Object value) {
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        throw wrongType(field, value);
    }

    private static BigDecimal number(Field field, Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f);
            default -> throw wrongType(field, value);
        };
    }

    private static Instant instant(Field field, Object value) {
        Instant instant = switch (value) {
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Instant i -> i;
            default -> throw wrongType(field, value);
        };
        // As stored by PostgreSQL.
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID uuid(Field field, Object value) {
        if (value instanceof String s) {
            return UUID.fromString(s);
        }
        return (UUID) cast(field, value, UUID.class);
    }

    private static Object cast(Field field, Object value, Class<?> type) {
        if (!type.isInstance(value)) {
            throw wrongType(field, value);
        }
        return value;
    }

    private static IllegalArgumentException wrongType(Field field, Object value) {
        return new IllegalArgumentException("Row value of " + field.type() + " field '" + field.path()
                + "' has unsupported type " + value.getClass().getName());
    }
}
