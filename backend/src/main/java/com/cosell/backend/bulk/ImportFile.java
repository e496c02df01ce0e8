package com.cosell.backend.bulk;

import com.cosell.backend.bulk.ReferralColumns.Column;
import com.cosell.backend.bulk.csv.CsvReader;
import com.cosell.backend.web.ApiProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An import file checked as a whole (its header) and read row by row into the values its writable
 * cells set. Errors of the whole file are problems (400); errors of a row stay with that row.
 */
final class ImportFile {

    /** One row read: its key, the values of its non-empty writable cells, and what was wrong with it. */
    record ParsedRow(
            CsvReader.Row source,
            @Nullable String id,
            @Nullable String crmId,
            Map<Column, List<JsonNode>> values,
            Map<Column, String> cells,
            List<String> errors) {}

    private final List<String> header;
    private final List<Column> columns;

    private ImportFile(List<String> header, List<Column> columns) {
        this.header = header;
        this.columns = columns;
    }

    List<String> header() {
        return header;
    }

    /** Checks the header: known columns, each once, and a key (Referral ID or CRM ID). */
    static ImportFile of(CsvReader.Table table) {
        List<String> unknown = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : table.header()) {
            String key = name.toLowerCase(Locale.ROOT);
            Column column = ReferralColumns.BY_HEADER.get(key);
            if (column == null) {
                unknown.add("'" + name + "'");
            } else if (!seen.add(key)) {
                throw ApiProblems.badRequest("The header names column '" + name + "' twice.");
            } else {
                columns.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblems.badRequest(
                    "Unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                            + " in the header row. The columns are those of the export: "
                            + String.join(", ", ReferralColumns.headers()) + ".");
        }
        if (!seen.contains(ReferralColumns.ID.toLowerCase(Locale.ROOT))
                && !seen.contains(ReferralColumns.CRM_ID.toLowerCase(Locale.ROOT))) {
            throw ApiProblems.badRequest(
                    "Missing required column: the header needs '" + ReferralColumns.ID + "' (to change a referral) or '"
                            + ReferralColumns.CRM_ID + "' (to create a deal, or find it again).");
        }
        if (table.rows().isEmpty()) {
            throw ApiProblems.badRequest("The file has a header row but no rows to import.");
        }
        return new ImportFile(table.header(), columns);
    }

    /** Every row read; a key on two rows fails the later ones. */
    List<ParsedRow> rows(List<CsvReader.Row> rows) {
        List<ParsedRow> parsed = new ArrayList<>(rows.size());
        Map<String, Integer> keys = new HashMap<>();
        for (CsvReader.Row row : rows) {
            ParsedRow p = row(row);
            String key = p.id() != null
                    ? "id " + p.id().strip().toLowerCase(Locale.ROOT)
                    : p.crmId() != null ? "crm " + p.crmId().strip() : null;
            Integer earlier = key == null ? null : keys.putIfAbsent(key, row.row());
            if (earlier != null) {
                p.errors()
                        .add((p.id() != null
                                        ? ReferralColumns.ID + " " + p.id()
                                        : ReferralColumns.CRM_ID + " " + p.crmId())
                                + " is also on row " + earlier + "; a referral is imported from one row.");
            }
            parsed.add(p);
        }
        return parsed;
    }

    private ParsedRow row(CsvReader.Row row) {
        List<String> errors = new ArrayList<>();
        Map<Column, List<JsonNode>> values = new LinkedHashMap<>();
        Map<Column, String> cells = new LinkedHashMap<>();
        if (row.cells().size() != columns.size()) {
            errors.add("Row " + row.row() + " has " + row.cells().size() + " cells, the header " + columns.size()
                    + " (a comma or line break outside quotes?).");
            return new ParsedRow(row, null, null, values, cells, errors);
        }
        String id = null;
        String crmId = null;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = CsvReader.unescape(row.cells().get(i));
            if (cell.isBlank()) {
                continue;
            }
            cells.put(column, cell);
            if (column.header().equals(ReferralColumns.ID)) {
                id = cell.strip();
            } else if (column.header().equals(ReferralColumns.CRM_ID)) {
                crmId = cell.strip();
            }
            if (column.read() == null) {
                continue;
            }
            try {
                values.put(column, column.read().apply(cell));
            } catch (Cells.BadCell e) {
                errors.add("Row " + row.row() + ", column '" + column.header() + "': " + e.getMessage());
            }
        }
        if (id == null && crmId == null) {
            errors.add("Row " + row.row() + ": a new deal needs a CRM ID (so that importing the file again finds "
                    + "it rather than creating it twice); a change needs the Referral ID.");
        }
        return new ParsedRow(row, id, crmId, values, cells, errors);
    }
}
