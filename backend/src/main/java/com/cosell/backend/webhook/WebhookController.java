package com.cosell.backend.webhook;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.JsonInput;
import com.cosell.backend.web.PageRequest;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The organization's webhook subscriptions (MPN admin of a partner, vendor admin of the vendor).
 * Test events and redeliveries are queued and answered 202; the delivery log shows their attempt.
 */
@RestController
@RequestMapping(WebhookController.PATH)
class WebhookController {

    static final String PATH = "/v1.0/webhooks";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final WebhookService webhooks;
    private final JsonInput input;

    WebhookController(WebhookService webhooks, JsonInput input) {
        this.webhooks = webhooks;
        this.input = input;
    }

    @GetMapping
    Mono<Inputs.SubscriptionList> list(Caller caller) {
        return webhooks.list(caller).collectList().map(Inputs.SubscriptionList::new);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Subscription.WithSecret>> create(Caller caller, @RequestBody String body) {
        return read(body, Inputs.SubscriptionInput.class)
                .flatMap(in -> webhooks.create(caller, in))
                .map(s -> ResponseEntity.created(
                                URI.create(PATH + "/" + s.subscription().id()))
                        .body(s));
    }

    @GetMapping("/{id}")
    Mono<Subscription> get(Caller caller, @PathVariable UUID id) {
        return webhooks.get(caller, id);
    }

    /** A merge patch: the fields present change; {@code "description": null} removes the description. */
    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
    Mono<Subscription> update(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return Mono.fromCallable(() -> input.tree(body)).flatMap(tree -> {
            JsonNode description = tree.get("description");
            boolean clear = description != null && description.isNull();
            return Mono.fromCallable(() -> input.read(tree, Inputs.SubscriptionInput.class))
                    .flatMap(in -> webhooks.update(caller, id, in, clear));
        });
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(Caller caller, @PathVariable UUID id) {
        return webhooks.delete(caller, id);
    }

    @PostMapping("/{id}/rotate-secret")
    Mono<Subscription.WithSecret> rotate(Caller caller, @PathVariable UUID id) {
        return webhooks.rotate(caller, id);
    }

    @GetMapping("/{id}/deliveries")
    Mono<Inputs.DeliveryPage> deliveries(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(name = "top", required = false) @Nullable Integer top,
            @RequestParam(name = "skip", required = false) @Nullable Long skip) {
        return PageRequest.of(top, skip)
                .flatMap(asked -> webhooks.deliveries(caller, id, asked, PATH + "/" + id + "/deliveries"));
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Inputs.Accepted> test(Caller caller, @PathVariable UUID id) {
        return webhooks.test(caller, id);
    }

    /** Sends one event again, given by {@code seq} or by {@code deliveryId} of an earlier attempt. */
    @PostMapping(path = "/{id}/redeliver", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Inputs.Accepted> redeliver(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return read(body, Inputs.Redelivery.class).flatMap(in -> webhooks.redeliver(caller, id, in));
    }

    /** Delivers again, in order, every event from {@code fromSeq} on (and then whatever follows). */
    @PostMapping(path = "/{id}/replay", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Void> replay(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return read(body, Inputs.Replay.class).flatMap(in -> webhooks.replay(caller, id, in));
    }

    private <T> Mono<T> read(String body, Class<T> type) {
        return Mono.fromCallable(() -> input.read(input.tree(body), type));
    }
}
