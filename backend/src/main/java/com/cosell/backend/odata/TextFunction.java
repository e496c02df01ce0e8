package com.cosell.backend.odata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The string functions of the subset; all match case-insensitively, like Partner Center's search. */
enum TextFunction {
    CONTAINS("contains"),
    STARTSWITH("startswith"),
    ENDSWITH("endswith");

    final String odata;

    TextFunction(String odata) {
        this.odata = odata;
    }

    static Optional<TextFunction> fromOData(String word) {
        return Arrays.stream(values()).filter(f -> f.odata.equals(word)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.odata).toList());
    }

    /** The ILIKE pattern: the text with %, _ and \ escaped (ESCAPE '\'), wildcards where the function needs them. */
    String likePattern(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return switch (this) {
            case CONTAINS -> "%" + escaped + "%";
            case STARTSWITH -> escaped + "%";
            case ENDSWITH -> "%" + escaped;
        };
    }

    /** The in-memory twin of {@code value ILIKE likePattern(text)}. */
    boolean matches(String value, String text) {
        String v = value.toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        return switch (this) {
            case CONTAINS -> v.contains(t);
            case STARTSWITH -> v.startsWith(t);
            case ENDSWITH -> v.endsWith(t);
        };
    }
}
