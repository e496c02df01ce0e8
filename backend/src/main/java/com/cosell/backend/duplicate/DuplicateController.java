package com.cosell.backend.duplicate;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.referral.Referral;
import com.cosell.backend.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Duplicates and conflicts, beside the referrals they are about. */
@RestController
@RequestMapping("/v1.0/engagements/referrals")
class DuplicateController {

    private final DuplicateService duplicates;
    private final DealLinks links;

    DuplicateController(DuplicateService duplicates, DealLinks links) {
        this.duplicates = duplicates;
        this.links = links;
    }

    record Candidates(List<Deal> value) {}

    record Conflicts(List<DuplicateReport.Conflict> value) {}

    @GetMapping("/{id}/duplicates")
    @Operation(
            summary = "The referral's duplicate link, the deals closed as its duplicates, its possible duplicates "
                    + "(the organization's open deals on the same customer) and, for the vendor, its conflicts")
    Mono<DuplicateReport> report(Caller caller, @PathVariable UUID id) {
        return duplicates.report(caller, id);
    }

    @GetMapping("/duplicate-candidates")
    @Operation(
            summary = "The organization's open deals on a customer not yet saved: same D-U-N-S, or a similar name "
                    + "in the same country")
    Mono<Candidates> candidates(
            Caller caller,
            @RequestParam(required = false) @Nullable String customerName,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String duns) {
        return duplicates.candidates(caller, customerName, country, duns).map(Candidates::new);
    }

    @GetMapping("/conflicts")
    @Operation(summary = "The vendor only: which of the given copies another partner works on the same customer")
    Mono<Conflicts> conflicts(Caller caller, @RequestParam(name = "ids", required = false) @Nullable List<UUID> ids) {
        return duplicates
                .conflicts(caller, ids == null ? List.of() : ids)
                .map(m -> new Conflicts(m.entrySet().stream()
                        .map(Map.Entry<UUID, List<Deal>>::getKey)
                        .map(id -> new DuplicateReport.Conflict(id, m.get(id)))
                        .toList()));
    }

    @PostMapping(path = "/{id}/close-as-duplicate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Close the referral as a duplicate of another open deal of the organization: {duplicateOf}. "
                    + "Received: declined; accepted: lost; statusReason Duplicate. The link shows on both.")
    Mono<ResponseEntity<Referral>> close(
            Caller caller,
            @PathVariable UUID id,
            @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return duplicates
                .closeAsDuplicate(caller, id, body, ifMatch)
                .map(v -> ResponseEntity.ok().header(HttpHeaders.ETAG, v.eTag()).body(v.referral()));
    }

    @PostMapping(path = "/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Link the referral to another open deal of the organization as the same customer, closing "
                    + "neither: {linkedTo}. 201 with the report when linked, 200 when it was linked already. "
                    + "The link shows on both.")
    Mono<ResponseEntity<DuplicateReport>> link(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return links.link(caller, id, body)
                .flatMap(added -> duplicates
                        .report(caller, id)
                        .map(report -> ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(report)));
    }

    @DeleteMapping("/{id}/links/{linkedId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink two deals, on both; 204 also when they were not linked")
    Mono<Void> unlink(Caller caller, @PathVariable UUID id, @PathVariable UUID linkedId) {
        return links.unlink(caller, id, linkedId);
    }
}
