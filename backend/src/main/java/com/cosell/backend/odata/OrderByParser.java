package com.cosell.backend.odata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses $orderby: comma-separated sortable field paths, each optionally followed by asc or desc. */
final class OrderByParser {

    private OrderByParser() {}

    static String parse(String orderBy, FieldCatalog catalog) {
        if (orderBy.length() > ODataQuery.MAX_FILTER_LENGTH) {
            throw new ODataException(
                    "Order by is " + orderBy.length() + " characters long; at most " + ODataQuery.MAX_FILTER_LENGTH
                            + " are allowed",
                    ODataQuery.MAX_FILTER_LENGTH + 1);
        }
        List<Token> tokens = Lexer.tokenize(orderBy);
        if (tokens.getFirst().is(Token.Kind.END)) {
            throw new ODataException("Order by is empty", 1);
        }
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int next = 0;
        while (true) {
            Token name = tokens.get(next++);
            if (!name.is(Token.Kind.IDENTIFIER)) {
                throw new ODataException(
                        "Expected a field to sort by at position " + name.position() + " but found " + name.describe(),
                        name.position());
            }
            Field field = catalog.find(name.text())
                    .filter(Field::sortable)
                    .orElseThrow(() -> new ODataException(
                            (catalog.find(name.text()).isPresent()
                                            ? "Field '" + name.text() + "' at position " + name.position()
                                                    + " cannot be sorted by"
                                            : "Unknown field '" + name.text() + "' at position " + name.position())
                                    + "; sortable: " + String.join(", ", catalog.sortablePaths()),
                            name.position()));
            if (!seen.add(field.path())) {
                throw new ODataException(
                        "Field '" + field.path() + "' at position " + name.position() + " is already in the order by",
                        name.position());
            }
            String direction = "ASC";
            Token token = tokens.get(next);
            if (token.isWord("asc") || token.isWord("desc")) {
                direction = token.text().equals("asc") ? "ASC" : "DESC";
                token = tokens.get(++next);
            }
            items.add(SqlWriter.operand(field) + " " + direction);
            next++;
            if (token.is(Token.Kind.END)) {
                return String.join(", ", items);
            }
            if (!token.is(Token.Kind.COMMA)) {
                throw new ODataException(
                        "Unexpected " + token.describe() + " at position " + token.position()
                                + "; expected asc, desc, ',' or the end of the order by",
                        token.position());
            }
        }
    }
}
