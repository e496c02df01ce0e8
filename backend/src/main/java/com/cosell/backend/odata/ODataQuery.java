package com.cosell.backend.odata;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Entry point: a safe subset of OData $filter and $orderby, checked against a {@link FieldCatalog}
 * and turned into parameterised SQL or an in-memory predicate with the same meaning.
 */
public final class ODataQuery {

    /** Longest $filter (and $orderby) accepted, in characters. */
    public static final int MAX_FILTER_LENGTH = 2000;
    /** Deepest nesting; each parenthesis (a lambda's too) and each {@code not} is a level. */
    public static final int MAX_DEPTH = 20;
    /** Most comparisons, function calls and lambdas in one filter, counting those inside lambdas. */
    public static final int MAX_TERMS = 50;

    private ODataQuery() {}

    /**
     * Parses $filter into a parenthesised SQL boolean expression whose parameters are named
     * {@code :<paramPrefix>0}, {@code :<paramPrefix>1}, ...
     *
     * @throws ODataException if the filter is not acceptable; the message says what and where
     * @throws IllegalArgumentException if {@code paramPrefix} is not an SQL identifier
     */
    public static SqlFragment filter(String filter, FieldCatalog catalog, String paramPrefix) {
        return parse(filter, catalog, paramPrefix).where();
    }

    /** A $filter as SQL, and the paths of the fields it names (e.g. to tell whether a summary can answer it). */
    public record Filter(SqlFragment where, Set<String> fields) {}

    /** {@link #filter}, also telling which fields the filter names. */
    public static Filter parse(String filter, FieldCatalog catalog, String paramPrefix) {
        FilterExpression parsed = FilterParser.parse(filter, catalog);
        Set<String> fields = new HashSet<>();
        collectFields(parsed, fields);
        return new Filter(SqlWriter.write(parsed, paramPrefix), Set.copyOf(fields));
    }

    private static void collectFields(FilterExpression e, Set<String> into) {
        switch (e) {
            case FilterExpression.And and -> and.operands().forEach(o -> collectFields(o, into));
            case FilterExpression.Or or -> or.operands().forEach(o -> collectFields(o, into));
            case FilterExpression.Not not -> collectFields(not.operand(), into);
            case FilterExpression.Comparison c -> into.add(c.field().path());
            case FilterExpression.TextMatch t -> into.add(t.field().path());
            // The collection, not its members: they are no fields of the row.
            case FilterExpression.Lambda l -> into.add(l.collection().path());
        }
    }

    /**
     * Parses $orderby, e.g. {@code updatedDateTime desc, details/dealValue}, into an SQL sort list
     * without the ORDER BY keywords, e.g. {@code r.updated_at DESC, r.deal_value ASC}.
     *
     * @throws ODataException for unknown or unsortable fields and malformed input
     */
    public static String orderBy(String orderBy, FieldCatalog catalog) {
        return OrderByParser.parse(orderBy, catalog);
    }

    /**
     * Parses $filter into a predicate over rows given as {@code path -> value}, agreeing with the
     * SQL of {@link #filter}. Values: String (or enum constant), any Number, OffsetDateTime /
     * ZonedDateTime / Instant, Boolean, UUID; a missing key counts as null. A collection's value is a
     * Collection of maps, one per element, keyed by member path ({@code email}).
     *
     * @throws ODataException if the filter is not acceptable
     */
    public static Predicate<Map<String, Object>> predicate(String filter, FieldCatalog catalog) {
        return InMemoryEvaluator.predicate(FilterParser.parse(filter, catalog));
    }
}
