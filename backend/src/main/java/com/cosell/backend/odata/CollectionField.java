package com.cosell.backend.odata;

import java.util.regex.Pattern;

/**
 * A collection a filter tests with a lambda, e.g. {@code team/any(t:t/email eq 'ana@contoso.com')}.
 * {@code elementsSql} is a FROM item (trusted, written by us) that ranges over the elements as
 * {@link #ELEMENT}; the members are the fields of one element, their SQL over {@link #ELEMENT}.
 */
public record CollectionField(String path, String elementsSql, FieldCatalog members) {

    /** The alias of one element in {@link #elementsSql}, which the members' SQL refers to. */
    public static final String ELEMENT = "elem";

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public CollectionField {
        if (!Field.PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Collection path must be identifiers separated by '/': " + path);
        }
        if (members.fields().isEmpty()) {
            throw new IllegalArgumentException("Collection " + path + " needs at least one member field");
        }
    }

    /**
     * The elements of a jsonb array of objects; no array (SQL NULL: documents omit null properties)
     * has no elements, as in memory.
     */
    public static CollectionField ofJsonArray(String path, String arraySql, Field... members) {
        return new CollectionField(
                path,
                "jsonb_array_elements(coalesce(" + arraySql + ", CAST('[]' AS jsonb))) " + ELEMENT,
                FieldCatalog.of(members));
    }

    /** The SQL of one key of an element as text, for a member of {@link #ofJsonArray}; null if absent. */
    public static String jsonText(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("JSON key must be an identifier: " + key);
        }
        return ELEMENT + "->>'" + key + "'";
    }
}
