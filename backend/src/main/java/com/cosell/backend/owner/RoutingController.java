package com.cosell.backend.owner;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.JsonInput;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's organization's routing rules for new inbound referrals: its admin only. */
@RestController
@RequestMapping(RoutingController.PATH)
class RoutingController {

    static final String PATH = "/v1.0/routing-rules";

    private final RoutingRules rules;
    private final JsonInput input;

    RoutingController(RoutingRules rules, JsonInput input) {
        this.rules = rules;
        this.input = input;
    }

    @GetMapping
    @Operation(
            summary = "The routing rules by precedence, each with shadowedBy when a rule before it matches all it does")
    Mono<RoutingRules.Rules> list(Caller caller) {
        return rules.list(caller);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Add a rule: {precedence, countries?: [ISO code] (or country?), solutionId?, owners: [personId]}; "
                            + "409 if the precedence is taken")
    Mono<ResponseEntity<RoutingRules.Written>> create(Caller caller, @RequestBody String body) {
        return read(body)
                .flatMap(in -> rules.create(caller, in))
                .map(w -> ResponseEntity.created(
                                URI.create(PATH + "/" + w.rule().id()))
                        .body(w));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a rule (its turns start again)")
    Mono<RoutingRules.Written> replace(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return read(body).flatMap(in -> rules.replace(caller, id, in));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule")
    Mono<Void> delete(Caller caller, @PathVariable UUID id) {
        return rules.delete(caller, id);
    }

    private Mono<RoutingInput> read(String body) {
        return Mono.fromCallable(() -> input.read(input.tree(body), RoutingInput.class));
    }
}
