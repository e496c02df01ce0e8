package com.cosell.backend.odata;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a filter as SQL. Only catalog SQL and generated parameter names reach the text; every
 * literal becomes a parameter. Each piece is two-valued (never NULL), so NOT and the in-memory
 * evaluator agree on rows with NULLs, and each piece is parenthesised so the caller can AND it
 * into a WHERE clause safely.
 */
final class SqlWriter {

    private static final Pattern PARAMETER_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLAIN_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final String prefix;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SqlWriter(String prefix) {
        this.prefix = prefix;
    }

    static SqlFragment write(FilterExpression expression, String parameterPrefix) {
        if (!PARAMETER_PREFIX.matcher(parameterPrefix).matches()) {
            throw new IllegalArgumentException("Parameter prefix must be an identifier: " + parameterPrefix);
        }
        SqlWriter writer = new SqlWriter(parameterPrefix);
        String sql = writer.sql(expression);
        return new SqlFragment(sql, writer.parameters);
    }

    /** A catalog expression, parenthesised unless it is a plain column, so operators bind to all of it. */
    static String operand(Field field) {
        return PLAIN_COLUMN.matcher(field.sql()).matches() ? field.sql() : "(" + field.sql() + ")";
    }

    private String sql(FilterExpression expression) {
        return switch (expression) {
            case FilterExpression.And and ->
                and.operands().stream().map(this::sql).collect(Collectors.joining(" AND ", "(", ")"));
            case FilterExpression.Or or ->
                or.operands().stream().map(this::sql).collect(Collectors.joining(" OR ", "(", ")"));
            case FilterExpression.Not not -> "(NOT " + sql(not.operand()) + ")";
            case FilterExpression.Comparison comparison -> comparison(comparison);
            case FilterExpression.TextMatch match -> {
                String column = operand(match.field());
                // lower(col) LIKE lower-case pattern, not ILIKE: the trigram indexes are on lower(col)
                String parameter =
                        bind(match.function().likePattern(match.text()).toLowerCase(Locale.ROOT));
                yield "(lower(" + column + ") LIKE " + parameter + " ESCAPE '\\' AND " + column + " IS NOT NULL)";
            }
            case FilterExpression.Lambda lambda -> {
                // The predicate is two-valued, so NOT of it is exactly the elements it does not hold for.
                String elements = "SELECT 1 FROM " + lambda.collection().elementsSql() + " WHERE ";
                yield switch (lambda.quantifier()) {
                    case ANY -> "(EXISTS (" + elements + sql(lambda.predicate()) + "))";
                    case ALL -> "(NOT EXISTS (" + elements + "NOT " + sql(lambda.predicate()) + "))";
                };
            }
        };
    }

    private String comparison(FilterExpression.Comparison comparison) {
        String column = operand(comparison.field());
        Object value = comparison.value();
        ComparisonOperator op = comparison.operator();
        if (value == null) {
            return "(" + column + (op == ComparisonOperator.EQ ? " IS NULL)" : " IS NOT NULL)");
        }
        if (comparison.field().condition() && value instanceof Boolean wanted) {
            // Never null, so no IS NOT NULL guard; bare, so an EXISTS becomes a (anti-)semi-join.
            return wanted == (op == ComparisonOperator.EQ) ? "(" + column + ")" : "(NOT " + column + ")";
        }
        boolean ignoreCase = comparison.field().ignoreCase();
        String compared = ignoreCase ? "lower(" + column + ")" : column;
        String parameter = ignoreCase ? "lower(" + bind(value) + ")" : bind(value);
        if (op == ComparisonOperator.NE) {
            return "(" + compared + " IS DISTINCT FROM " + parameter + ")";
        }
        // Byte order ("C") is code point order, which the in-memory evaluator uses too.
        String ordered = op.isOrdering() && comparison.field().type() == FieldType.STRING
                ? compared + " COLLATE \"C\""
                : compared;
        // "AND x IS NOT NULL" rather than COALESCE(..., false): same two-valued result, but an
        // index on the column still serves the comparison.
        return "(" + ordered + " " + op.sql + " " + parameter + " AND " + column + " IS NOT NULL)";
    }

    private String bind(Object value) {
        String name = prefix + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }
}
