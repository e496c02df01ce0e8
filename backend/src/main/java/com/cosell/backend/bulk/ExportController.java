package com.cosell.backend.bulk;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.bulk.csv.CsvWriter;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.referral.ReferralService;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * CSV downloads of what the lists show: the referral list with the list's own {@code $filter} and
 * {@code $orderby} and no row cap, and the vendor's deal registrations. UTF-8 with a BOM, streamed
 * one batch of rows per buffer.
 */
@RestController
class ExportController {

    private final ReferralService referrals;
    private final AccessControl access;
    private final BulkProperties properties;
    private final Clock clock;

    ExportController(ReferralService referrals, AccessControl access, BulkProperties properties, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/v1.0/engagements/referrals/export", produces = "text/csv")
    @Operation(summary = "Download the referrals a list selects ($filter, $orderby) as CSV")
    Mono<ResponseEntity<Flux<DataBuffer>>> referrals(
            Caller caller,
            @RequestParam(name = "$filter", required = false) @Nullable String filter,
            @RequestParam(name = "$orderby", required = false) @Nullable String orderBy) {
        return Mono.fromCallable(() -> ReferralQuery.parse(filter, orderBy, null, null, null))
                .flatMap(query -> referrals.export(caller, query, properties.exportBatch()))
                .map(batches -> download(
                        "referrals",
                        ReferralColumns.headers(),
                        batches.map(batch ->
                                batch.stream().map(ReferralColumns::row).toList())));
    }

    @GetMapping(path = "/v1.0/registrations/export", produces = "text/csv")
    @Operation(summary = "Download deal registrations (all, or those with ?status=) as CSV; vendor sellers")
    Mono<ResponseEntity<Flux<DataBuffer>>> registrations(
            Caller caller, @RequestParam(required = false) @Nullable String status) {
        return access.require(caller, Permission.SELLER_WORK)
                .map(actor -> download(
                        "registrations",
                        RegistrationColumns.headers(),
                        referrals
                                .registrations(caller, status)
                                .map(RegistrationColumns::row)
                                .buffer(properties.exportBatch())));
    }

    private ResponseEntity<Flux<DataBuffer>> download(
            String name, List<@Nullable String> header, Flux<List<List<@Nullable String>>> batches) {
        StringBuilder first = new StringBuilder();
        CsvWriter.record(first, header);
        Flux<DataBuffer> body = Flux.concat(
                Mono.fromSupplier(() -> buffer(CsvWriter.BOM)),
                Mono.fromSupplier(() -> buffer(CsvWriter.bytes(first))),
                batches.map(rows -> {
                    StringBuilder out = new StringBuilder(rows.size() * 400);
                    rows.forEach(row -> CsvWriter.record(out, row));
                    return buffer(CsvWriter.bytes(out));
                }));
        String file = name + "-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .contentType(Cells.CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static DataBuffer buffer(byte[] bytes) {
        return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
    }
}
