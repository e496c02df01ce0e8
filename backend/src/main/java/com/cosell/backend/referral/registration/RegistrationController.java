package com.cosell.backend.referral.registration;

import com.cosell.api.registration.DealRegistration;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.JsonInput;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Deal registration: partners submit, vendor sellers review. */
@RestController
class RegistrationController {

    private final RegistrationService registrations;
    private final JsonInput input;

    RegistrationController(RegistrationService registrations, JsonInput input) {
        this.registrations = registrations;
        this.input = input;
    }

    @PostMapping(path = "/v1.0/engagements/referrals/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<DealRegistration>> submit(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return Mono.fromCallable(() -> input.read(input.tree(body), DealRegistration.Submission.class))
                .flatMap(s -> registrations.submit(caller, id, s))
                .map(r -> ResponseEntity.created(URI.create("/v1.0/registrations/" + r.id()))
                        .body(r));
    }

    @GetMapping("/v1.0/registrations")
    Flux<DealRegistration> toReview(Caller caller, @RequestParam(required = false) @Nullable String status) {
        return registrations.toReview(caller, status);
    }

    @PatchMapping(path = "/v1.0/registrations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<DealRegistration> review(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return Mono.fromCallable(() -> input.read(input.tree(body), DealRegistration.Review.class))
                .flatMap(r -> registrations.review(caller, id, r));
    }
}
