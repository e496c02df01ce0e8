package com.cosell.frontend.backend;

import com.cosell.api.webhook.Delivery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The organization's webhooks ({@code /v1.0/webhooks}) as its admin manages them, as the signed-in user. */
@Component
public class WebhooksApi {

    private static final String PATH = "/v1.0/webhooks";

    private final BackendClient backend;

    WebhooksApi(BackendClient backend) {
        this.backend = backend;
    }

    public List<Webhook> list(Authentication user) {
        return backend.call(() -> backend.as(user)
                        .build()
                        .get()
                        .uri(PATH)
                        .retrieve()
                        .body(new ParameterizedTypeReference<Webhook.Page<Webhook>>() {}))
                .value();
    }

    /** A new subscription; its answer carries the secret, shown this once. */
    public Webhook create(Authentication user, String url, List<String> eventTypes, @Nullable String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        if (description != null && !description.isBlank()) {
            body.put("description", description.strip());
        }
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Webhook.class));
    }

    public Webhook setEnabled(Authentication user, String id, boolean enabled) {
        return backend.call(() -> backend.as(user)
                .build()
                .patch()
                .uri(PATH + "/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", enabled))
                .retrieve()
                .body(Webhook.class));
    }

    public Webhook rotateSecret(Authentication user, String id) {
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(PATH + "/{id}/rotate-secret", id)
                .retrieve()
                .body(Webhook.class));
    }

    public void delete(Authentication user, String id) {
        backend.call(() -> backend.as(user)
                .build()
                .delete()
                .uri(PATH + "/{id}", id)
                .retrieve()
                .toBodilessEntity());
    }

    public List<Delivery> deliveries(Authentication user, String id, int top) {
        return backend.call(() -> backend.as(user)
                        .build()
                        .get()
                        .uri(PATH + "/{id}/deliveries?top={top}", id, top)
                        .retrieve()
                        .body(new ParameterizedTypeReference<Webhook.Page<Delivery>>() {}))
                .value();
    }

    public void sendTest(Authentication user, String id) {
        backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(PATH + "/{id}/test", id)
                .retrieve()
                .toBodilessEntity());
    }

    public void replay(Authentication user, String id, long fromSeq) {
        backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(PATH + "/{id}/replay", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fromSeq", fromSeq))
                .retrieve()
                .toBodilessEntity());
    }
}
