package com.cosell.backend.bulk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** How cells read for a person become the API's JSON values, and back. */
final class Cells {

    static final org.springframework.http.MediaType CSV =
            new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern MONEY =
            Pattern.compile("([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*([A-Za-z]{3})");

    private Cells() {}

    /** A cell that cannot be read; the message says what it should look like. */
    static final class BadCell extends RuntimeException {
        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    static @Nullable String money(@Nullable BigDecimal value, @Nullable String currency) {
        if (value == null) {
            return null;
        }
        // Cents always shown, as an amount is written: 125000.5 reads 125000.50.
        String amount = (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
        return currency == null ? amount : amount + " " + currency;
    }

    /** "125000.50 USD" (thousands separated by commas allowed) into the value and the currency. */
    static List<JsonNode> money(String cell) {
        Matcher m = MONEY.matcher(cell.strip());
        if (!m.matches()) {
            throw new BadCell("'" + cell + "' is not an amount with its currency, such as 125000.50 USD.");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        return List.of(NODES.numberNode(value), NODES.stringNode(m.group(3).toUpperCase(Locale.ROOT)));
    }

    static @Nullable String date(@Nullable Instant instant) {
        return instant == null
                ? null
                : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** A day (2027-03-31, read as midnight UTC, as the workspace stores it) or an ISO 8601 instant. */
    static JsonNode day(String cell) {
        String text = cell.strip();
        try {
            return NODES.stringNode(
                    text.length() == 10
                            ? LocalDate.parse(text)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant()
                                    .toString()
                            : Instant.parse(text).toString());
        } catch (DateTimeParseException e) {
            throw new BadCell("'" + cell + "' is not a date such as 2027-03-31 (ISO 8601).");
        }
    }

    static @Nullable String instant(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static @Nullable String yesNo(@Nullable Boolean value) {
        return value == null ? null : value ? "Yes" : "No";
    }

    static JsonNode yesNo(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1" -> NODES.booleanNode(true);
            case "no", "false", "n", "0" -> NODES.booleanNode(false);
            default -> throw new BadCell("'" + cell + "' is neither Yes nor No.");
        };
    }

    /** The sale type as the workspace names it: Private (Independent) or Co-sell (Shared). */
    static JsonNode saleType(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "private", "independent" -> NODES.stringNode("Independent");
            case "co-sell", "cosell", "shared" -> NODES.stringNode("Shared");
            default -> throw new BadCell("'" + cell + "' is not a sale type: Private or Co-sell.");
        };
    }

    /** Solution ids separated by semicolons. */
    static JsonNode solutionIds(String cell) {
        ArrayNode solutions = NODES.arrayNode();
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                solutions.addObject().put("id", UUID.fromString(part.strip()).toString());
            } catch (IllegalArgumentException e) {
                throw new BadCell("'" + part.strip() + "' is not a solution id (a GUID; separate several with ';').");
            }
        }
        return solutions;
    }

    static String joined(@Nullable List<String> values) {
        return values == null ? "" : String.join("; ", values);
    }

    static UUID uuid(String cell, String what) {
        try {
            return UUID.fromString(cell.strip());
        } catch (IllegalArgumentException e) {
            throw new BadCell("'" + cell + "' is not " + what + " (a GUID).");
        }
    }

    /** Equal as a person reads them: amounts by value (125000.5 is 125000.50). */
    static boolean same(List<JsonNode> a, List<JsonNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode x = a.get(i);
            JsonNode y = b.get(i);
            boolean equal =
                    x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) == 0 : x.equals(y);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
