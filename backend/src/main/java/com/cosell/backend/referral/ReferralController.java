package com.cosell.backend.referral;

import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.query.ReferralPresenter;
import com.cosell.backend.web.JsonInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Partner Center–compatible referrals resource. As in Partner Center, a PATCH answers 204
 * unless the client asks for the referral with {@code Prefer: return=representation}; a PUT answers
 * with the referral unless asked for {@code return=minimal}.
 */
@RestController
@RequestMapping("/v1.0/engagements/referrals")
class ReferralController {

    private static final String JSON_PATCH = "application/json-patch+json";
    private static final String PREFER = "Prefer";

    private final ReferralService referrals;
    private final JsonInput input;

    ReferralController(ReferralService referrals, JsonInput input) {
        this.referrals = referrals;
        this.input = input;
    }

    /** {@code $expand} is accepted and ignored: the other parties' stages are always in {@code relatedParties}. */
    @GetMapping
    @Operation(
            summary = "List referrals (OData $filter, $orderby, $top, $skip, $count, $select; "
                    + "owner=me|none|<person id>)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReferralPage.class)))
    Mono<ResponseEntity<byte[]>> list(
            Caller caller,
            @RequestParam(name = "$filter", required = false) @Nullable String filter,
            @RequestParam(name = "$orderby", required = false) @Nullable String orderBy,
            @RequestParam(name = "$top", required = false) @Nullable String top,
            @RequestParam(name = "$skip", required = false) @Nullable String skip,
            @RequestParam(name = "$count", required = false) @Nullable String count,
            @RequestParam(name = "$select", required = false) @Nullable String select,
            @RequestParam(name = "owner", required = false) @Nullable String owner) {
        return Mono.fromCallable(() -> new Listing(
                        ReferralQuery.parse(ReferralQuery.owned(filter, owner, caller.id()), orderBy, top, skip, count),
                        Optional.ofNullable(FieldSelection.parse(select))))
                .flatMap(l -> referrals
                        .list(caller, l.query())
                        .map(page -> json(l.selection()
                                .map(s -> selected(page, s, select))
                                .orElse(page))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a referral")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Referral.class)))
    Mono<ResponseEntity<byte[]>> get(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(name = "$select", required = false) @Nullable String select) {
        return Mono.fromCallable(() -> Optional.ofNullable(FieldSelection.parse(select)))
                .flatMap(selection -> referrals
                        .shown(caller, id)
                        .map(shown -> ResponseEntity.ok()
                                .header(HttpHeaders.ETAG, shown.eTag())
                                .contentType(MediaType.APPLICATION_JSON)
                                .body(bytes(selection
                                        .map(s -> input.mapper()
                                                .writeValueAsString(s.apply((ObjectNode) input.tree(shown.json()))))
                                        .orElse(shown.json())))));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Referral.class)))
    Mono<ResponseEntity<byte[]>> create(Caller caller, @RequestBody String body) {
        return Mono.fromCallable(() -> input.tree(body))
                .flatMap(json -> referrals.createShown(caller, json))
                .map(shown -> ResponseEntity.created(URI.create(ReferralPresenter.REFERRALS + "/" + shown.id()))
                        .header(HttpHeaders.ETAG, shown.eTag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(bytes(shown.json())));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Referral>> replace(
            Caller caller,
            @PathVariable UUID id,
            @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(name = PREFER, required = false) @Nullable String prefer) {
        return Mono.fromCallable(() -> input.tree(body))
                .flatMap(json -> referrals.replace(caller, id, json, ifMatch))
                .map(v -> answer(v, prefer == null || !prefer.contains("return=minimal"), prefer));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {JSON_PATCH, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Change a referral, or register its deal, with a JSON Patch (replace/add)",
            description = "Answers 204 with the new ETag, or 200 with the referral with Prefer: return=representation. "
                    + "add /registrations/- registers a won deal; replace /registrations/0/... changes the registration; "
                    + "add /target/- invites a partner to a deal the caller's organization sent.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(
            responseCode = "200",
            description = "Changed (Prefer: return=representation)",
            content = @Content(schema = @Schema(implementation = Referral.class)))
    Mono<ResponseEntity<Referral>> patch(
            Caller caller,
            @PathVariable UUID id,
            @RequestBody String body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(name = PREFER, required = false) @Nullable String prefer) {
        return Mono.fromCallable(() -> input.tree(body))
                .flatMap(json -> referrals.patch(caller, id, json, ifMatch))
                .map(v -> answer(v, prefer != null && prefer.contains("return=representation"), prefer));
    }

    /** Withdraws an invitation the caller's organization sent and the invited party has not answered yet. */
    @DeleteMapping("/{id}/target/{organizationId}")
    @Operation(
            summary = "Withdraw an unanswered invitation of another party",
            description = "The invited party's referral closes as Closed/Expired with statusReason Withdrawn.")
    Mono<ResponseEntity<Referral>> withdraw(Caller caller, @PathVariable UUID id, @PathVariable String organizationId) {
        return referrals
                .withdraw(caller, id, organizationId)
                .map(v -> ResponseEntity.ok().header(HttpHeaders.ETAG, v.eTag()).body(v.referral()));
    }

    /** The audit history of a referral, as the caller's organization recorded it. */
    @GetMapping("/{id}/history")
    Flux<HistoryEntry> history(Caller caller, @PathVariable UUID id) {
        return referrals.history(caller, id);
    }

    private static ResponseEntity<Referral> answer(ReferralView v, boolean representation, @Nullable String prefer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(v.eTag());
        if (prefer != null) {
            headers.add("Preference-Applied", representation ? "return=representation" : "return=minimal");
        }
        return representation
                ? ResponseEntity.ok().headers(headers).body(v.referral())
                : ResponseEntity.noContent().headers(headers).build();
    }

    private record Listing(ReferralQuery query, Optional<FieldSelection> selection) {}

    /**
     * The JSON as read (the stored document with the reader's parts), as bytes: a String body would be
     * the JSON mapper's to write, quoted, while bytes are written as they are.
     */
    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes(body));
    }

    /** The page with only the selected fields; the next page's link selects the same. */
    private String selected(String page, FieldSelection selection, String select) {
        ObjectNode tree = (ObjectNode) input.tree(page);
        JsonNode rows = tree.get("value");
        ArrayNode value = tree.putArray("value");
        for (JsonNode r : rows) {
            value.add(selection.apply((ObjectNode) r));
        }
        JsonNode next = tree.get("@odata.nextLink");
        if (next != null) {
            tree.put(
                    "@odata.nextLink",
                    next.asString() + "&$select="
                            + URLEncoder.encode(select, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return input.mapper().writeValueAsString(tree);
    }
}
