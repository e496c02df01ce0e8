package com.cosell.backend.odata;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One queryable field: its OData path (e.g. {@code customerProfile/address/country}), the SQL
 * expression it maps to (trusted, written by us, e.g. {@code r.customer_country}) and its type.
 * {@code enumValues} is non-empty exactly for {@link FieldType#ENUM} fields. A {@code condition} is a
 * boolean SQL condition that is never null (e.g. {@code EXISTS (…)}): {@code eq true} becomes the bare
 * condition, which PostgreSQL can turn into a semi-join instead of evaluating it row by row. An
 * {@code ignoreCase} STRING field compares lower-cased on both sides, with every operator.
 */
public record Field(
        String path,
        String sql,
        FieldType type,
        Set<String> enumValues,
        boolean sortable,
        boolean condition,
        boolean ignoreCase) {

    static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");

    public Field {
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Field path must be identifiers separated by '/': " + path);
        }
        if (sql.isBlank()) {
            throw new IllegalArgumentException("Field " + path + " needs an SQL expression");
        }
        enumValues = Set.copyOf(enumValues);
        if ((type == FieldType.ENUM) == enumValues.isEmpty()) {
            throw new IllegalArgumentException("Field " + path + ": enum values are required for ENUM fields only");
        }
        if (ignoreCase && type != FieldType.STRING) {
            throw new IllegalArgumentException("Field " + path + ": only STRING fields can ignore case");
        }
    }

    /** A sortable field of a non-enum type. */
    public static Field of(String path, String sql, FieldType type) {
        return new Field(path, sql, type, Set.of(), true, false, false);
    }

    /** A sortable enum field whose values are case-sensitive. */
    public static Field ofEnum(String path, String sql, Set<String> values) {
        return new Field(path, sql, FieldType.ENUM, values, true, false, false);
    }

    /** A sortable STRING field compared case-insensitively, e.g. an email address. */
    public static Field ofIgnoringCase(String path, String sql) {
        return new Field(path, sql, FieldType.STRING, Set.of(), true, false, true);
    }

    public Field withSortable(boolean isSortable) {
        return new Field(path, sql, type, enumValues, isSortable, condition, ignoreCase);
    }

    /** A boolean field that is an SQL condition, never null; not sortable. */
    public static Field condition(String path, String sql) {
        return new Field(path, sql, FieldType.BOOLEAN, Set.of(), false, true, false);
    }
}
