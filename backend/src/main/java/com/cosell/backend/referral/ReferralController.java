package com.cosell.backend.referral;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.JsonInput;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The Partner Center–compatible referrals resource. */
@RestController
@RequestMapping("/v1.0/engagements/referrals")
class ReferralController {

    private static final String JSON_PATCH = "application/json-patch+json";

    private final ReferralService referrals;
    private final JsonInput input;

    ReferralController(ReferralService referrals, JsonInput input) {
        this.referrals = referrals;
        this.input = input;
    }

    @GetMapping
    Mono<ReferralPage> list(Caller caller,
                            @RequestParam(name = "$filter", required = false) @Nullable String filter,
                            @RequestParam(name = "$orderby", required = false) @Nullable String orderBy,
                            @RequestParam(name = "$top", required = false) @Nullable String top,
                            @RequestParam(name = "$skip", required = false) @Nullable String skip,
                            @RequestParam(name = "$count", required = false) @Nullable String count) {
        return Mono.fromCallable(() -> ReferralQuery.parse(filter, orderBy, top, skip, count))
                .flatMap(q -> referrals.list(caller, q));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Referral>> get(Caller caller, @PathVariable UUID id) {
        return referrals.get(caller, id).map(ReferralController::ok);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Referral>> create(Caller caller, @RequestBody String body) {
        return Mono.fromCallable(() -> input.tree(body)).flatMap(json -> referrals.create(caller, json))
                .map(v -> ResponseEntity.created(URI.create("/v1.0/engagements/referrals/" + v.referral().id()))
                        .header(HttpHeaders.ETAG, v.eTag()).body(v.referral()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Referral>> replace(Caller caller, @PathVariable UUID id, @RequestBody String body,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return Mono.fromCallable(() -> input.tree(body)).flatMap(json -> referrals.replace(caller, id, json, ifMatch))
                .map(ReferralController::ok);
    }

    @PatchMapping(path = "/{id}", consumes = {JSON_PATCH, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<Referral>> patch(Caller caller, @PathVariable UUID id, @RequestBody String body,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return Mono.fromCallable(() -> input.tree(body)).flatMap(json -> referrals.patch(caller, id, json, ifMatch))
                .map(ReferralController::ok);
    }

    /** The audit history of a referral, as the caller's organisation recorded it. */
    @GetMapping("/{id}/history")
    Flux<HistoryEntry> history(Caller caller, @PathVariable UUID id) {
        return referrals.history(caller, id);
    }

    private static ResponseEntity<Referral> ok(ReferralView v) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, v.eTag()).body(v.referral());
    }
}
