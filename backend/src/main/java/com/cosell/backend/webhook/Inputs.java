package com.cosell.backend.webhook;

import com.cosell.api.webhook.Delivery;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The API's request and page bodies. */
final class Inputs {

    private Inputs() {}

    /** POST creates with all of it (url and eventTypes required); PATCH changes the fields present. */
    record SubscriptionInput(
            @Nullable String url,
            @Nullable List<String> eventTypes,
            @Nullable String description,
            @Nullable Boolean enabled) {}

    /** Redeliver one event, by its sequence or by an earlier delivery of it. */
    record Redelivery(@Nullable Long seq, @Nullable UUID deliveryId) {}

    record Replay(@Nullable Long fromSeq) {}

    /** A queued request (test event or redelivery); the worker sends it and logs the attempt. */
    record Accepted(UUID requestId) {}

    record SubscriptionList(List<Subscription> value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryPage(
            List<Delivery> value,
            @JsonProperty("@odata.nextLink") @Nullable String nextLink) {}
}
