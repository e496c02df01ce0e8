package com.cosell.backend.bulk.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 records (CRLF, quotes doubled). A cell a spreadsheet would run as a formula
 * ({@code = + - @}, tab or CR first) gets a leading apostrophe, which spreadsheets show as text and
 * {@link CsvReader#unescape(String)} takes off again on import.
 */
public final class CsvWriter {

    /** UTF-8's byte order mark: without it Excel reads the file in the locale's code page (Korean breaks). */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {}

    public static void record(StringBuilder out, List<@Nullable String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            cell(out, cells.get(i));
        }
        out.append("\r\n");
    }

    public static byte[] bytes(StringBuilder out) {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void cell(StringBuilder out, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = isFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith(" ")
                || text.endsWith(" ");
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    /** What OWASP's CSV-injection advice lists as the start of a formula. */
    public static boolean isFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
