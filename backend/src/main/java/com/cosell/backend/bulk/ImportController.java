package com.cosell.backend.bulk;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.bulk.csv.CsvFormatException;
import com.cosell.backend.bulk.csv.CsvReader;
import com.cosell.backend.bulk.csv.CsvWriter;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /v1.0/engagements/referrals/import?mode=dryRun|apply} with a CSV body. A dry run answers
 * JSON: every row's action, changes and errors. Apply answers the result CSV — only the failed rows,
 * with an {@code error} column — and the counts in {@code Cosell-Import-*} headers.
 */
@RestController
class ImportController {

    static final String PREFIX = "Cosell-Import-";

    /** What a dry run answers. */
    record Report(
            String mode, int rows, long created, long updated, long unchanged, long failed, List<RowResult> results) {

        static Report of(String mode, List<RowResult> results) {
            return new Report(
                    mode,
                    results.size(),
                    count(results, "create"),
                    count(results, "update"),
                    count(results, "unchanged"),
                    count(results, "error"),
                    results);
        }

        private static long count(List<RowResult> results, String action) {
            return results.stream().filter(r -> r.action().equals(action)).count();
        }
    }

    private final ReferralImport imports;
    private final AccessControl access;
    private final BulkProperties properties;

    ImportController(ReferralImport imports, AccessControl access, BulkProperties properties) {
        this.imports = imports;
        this.access = access;
        this.properties = properties;
    }

    // The body is read here, not by a codec: the codecs' 256 KB limit is for JSON, imports have their own.
    @PostMapping(
            path = "/v1.0/engagements/referrals/import",
            consumes = {"text/csv", "application/vnd.ms-excel"})
    @Operation(summary = "Import referrals from CSV: mode=dryRun reports, mode=apply commits the valid rows")
    Mono<ResponseEntity<?>> importCsv(
            Caller caller, ServerHttpRequest request, @RequestParam(defaultValue = "dryRun") String mode) {
        if (!mode.equals("dryRun") && !mode.equals("apply")) {
            return Mono.error(ApiProblems.badRequest("mode is dryRun or apply, not '" + mode + "'."));
        }
        long max = properties.importMaxSize().toBytes();
        return access.require(caller, Permission.PARTNER_WORK).flatMap(actor -> {
            if (request.getHeaders().getContentLength() > max) {
                return Mono.error(tooBig(max));
            }
            return DataBufferUtils.join(request.getBody(), (int) Math.min(max, Integer.MAX_VALUE))
                    .onErrorMap(DataBufferLimitException.class, e -> tooBig(max))
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0])
                    .map(this::table)
                    .flatMap(table -> {
                        ImportFile file = ImportFile.of(table);
                        boolean apply = mode.equals("apply");
                        return imports.run(caller, file.rows(table.rows()), apply, properties.importParallelism())
                                .collectList()
                                .map(results -> apply
                                        ? resultFile(file, table, results)
                                        : ResponseEntity.ok()
                                                .contentType(MediaType.APPLICATION_JSON)
                                                .body(Report.of(mode, results)));
                    });
        });
    }

    private CsvReader.Table table(byte[] bytes) {
        try {
            return CsvReader.read(bytes, properties.importMaxRows());
        } catch (CsvFormatException e) {
            throw ApiProblems.badRequest(e.getMessage());
        } catch (CsvReader.TooManyRows e) {
            throw ApiProblems.tooLarge("The file has more than " + e.max + " rows, the most one import takes "
                    + "(BULK_IMPORT_MAX_ROWS); split it into several files.");
        }
    }

    /** The failed rows as they were uploaded, with an error column, so that they can be fixed and sent again. */
    private static ResponseEntity<?> resultFile(ImportFile file, CsvReader.Table table, List<RowResult> results) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(file.header());
        header.add("error");
        CsvWriter.record(out, new ArrayList<>(header));
        var byRow = new java.util.HashMap<Integer, CsvReader.Row>();
        table.rows().forEach(r -> byRow.put(r.row(), r));
        for (RowResult r : results) {
            if (r.action().equals("error")) {
                List<String> cells = new ArrayList<>(byRow.get(r.row()).cells().stream()
                        .map(CsvReader::unescape)
                        .toList());
                while (cells.size() < file.header().size()) {
                    cells.add("");
                }
                cells.add(String.join(" ", r.errors()));
                CsvWriter.record(out, new ArrayList<>(cells));
            }
        }
        Report report = Report.of("apply", results);
        byte[] body = CsvWriter.bytes(out);
        byte[] withBom = new byte[body.length + CsvWriter.BOM.length];
        System.arraycopy(CsvWriter.BOM, 0, withBom, 0, CsvWriter.BOM.length);
        System.arraycopy(body, 0, withBom, CsvWriter.BOM.length, body.length);
        return ResponseEntity.ok()
                .contentType(Cells.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-result.csv\"")
                .header(PREFIX + "Rows", String.valueOf(report.rows()))
                .header(PREFIX + "Created", String.valueOf(report.created()))
                .header(PREFIX + "Updated", String.valueOf(report.updated()))
                .header(PREFIX + "Unchanged", String.valueOf(report.unchanged()))
                .header(PREFIX + "Failed", String.valueOf(report.failed()))
                .body(withBom);
    }

    private static RuntimeException tooBig(long max) {
        return ApiProblems.tooLarge("The file is larger than " + max / 1024 + " KB, the most one import takes "
                + "(BULK_IMPORT_MAX_SIZE); split it into several files.");
    }
}
