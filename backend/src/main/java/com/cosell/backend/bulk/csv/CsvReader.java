package com.cosell.backend.bulk.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV from UTF-8 bytes (a BOM is skipped): comma-separated, fields in double quotes
 * may hold commas, doubled quotes and line breaks; CRLF, LF or CR end a record; empty lines are
 * skipped. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
public final class CsvReader {

    /** One record; {@code row} is its number counting the header as 1. */
    public record Row(int row, List<String> cells) {}

    public record Table(List<String> header, List<Row> rows) {}

    private final String text;
    private int pos;
    private int row = 1;

    private CsvReader(String text) {
        this.text = text;
    }

    /** Parses the whole file; at most {@code maxRows} data rows, else {@link TooManyRows}. */
    public static Table read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new CsvFormatException("This is not a CSV file: it holds binary data (a spreadsheet saved as "
                    + ".xlsx?). Save it as 'CSV UTF-8 (comma delimited)'.");
        }
        CsvReader reader = new CsvReader(text);
        List<String> header = reader.next();
        if (header == null) {
            throw new CsvFormatException("The file is empty: it needs a header row naming the columns.");
        }
        if (header.size() == 1
                && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
            throw new CsvFormatException("This is not a comma-separated file: the header row is separated by "
                    + (header.getFirst().contains(";") ? "semicolons" : "tabs")
                    + ". Save it as 'CSV UTF-8 (comma delimited)'.");
        }
        List<Row> rows = new ArrayList<>();
        for (int start = reader.row; ; start = reader.row) {
            List<String> cells = reader.next();
            if (cells == null) {
                return new Table(header.stream().map(String::strip).toList(), rows);
            }
            if (rows.size() == maxRows) {
                throw new TooManyRows(maxRows);
            }
            rows.add(new Row(start, cells));
        }
    }

    /** Takes off the apostrophe the writer put before a formula-looking cell. */
    public static String unescape(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && CsvWriter.isFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    private static String decode(byte[] bytes) {
        int skip = bytes.length >= 3
                        && bytes[0] == CsvWriter.BOM[0]
                        && bytes[1] == CsvWriter.BOM[1]
                        && bytes[2] == CsvWriter.BOM[2]
                ? 3
                : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = skip; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CsvFormatException("The file is not UTF-8 text: byte " + (at + 1) + " (line " + line
                    + ") is not UTF-8. Save it as 'CSV UTF-8 (comma delimited)' — Excel's plain 'CSV' uses the "
                    + "computer's code page.");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new CsvFormatException("The file is not UTF-8 text.");
        }
        out.flip();
        return out.toString();
    }

    /** The next record, or null at the end; blank lines are skipped. */
    private @Nullable List<String> next() {
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            lineBreak();
        }
        if (pos >= text.length()) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(field(cells.size() + 1));
            if (pos >= text.length()) {
                row++;
                return cells;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else {
                lineBreak();
                row++;
                return cells;
            }
        }
    }

    private void lineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
    }

    private String field(int column) {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted(column);
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new CsvFormatException("Row " + row + ", column " + column + ": a quote inside an unquoted "
                        + "field. Enclose the field in quotes and double the quotes inside it (\"say \"\"hi\"\"\").");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted(int column) {
        int openedOn = row;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new CsvFormatException("Row " + openedOn + ", column " + column + ": a quoted field never "
                        + "closes (a missing \" before the end of the file).");
            }
            char c = text.charAt(pos++);
            if (c != '"') {
                value.append(c);
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == '"') {
                value.append('"');
                pos++;
                continue;
            }
            if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                throw new CsvFormatException("Row " + openedOn + ", column " + column + ": text after a closing "
                        + "quote. Double a quote that belongs to the value (\"\").");
            }
            return value.toString();
        }
    }

    /** More data rows than one import takes. */
    public static final class TooManyRows extends RuntimeException {
        public final int max;

        TooManyRows(int max) {
            super("more than " + max + " rows", null, false, false);
            this.max = max;
        }
    }
}
