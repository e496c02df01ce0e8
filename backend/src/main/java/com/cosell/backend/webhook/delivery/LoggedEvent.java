package com.cosell.backend.webhook.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** An event log row as a webhook delivers it. */
record LoggedEvent(
        long seq,
        String txid,
        String type,
        String organizationId,
        @Nullable UUID referralId,
        @Nullable UUID engagementId,
        Actor actor,
        Instant at,
        String changes) {

    /** Who made the change; both absent for the system (expiry, reminders). */
    record Actor(@Nullable String id, @Nullable String name) {}

    static final String REFERRALS = "/v1.0/engagements/referrals/";
    static final String NOTIFICATIONS = "/v1.0/notifications";

    /**
     * The payload: the event id is its {@code seq} (receivers de-duplicate by it), and
     * {@code resourceUri} is what to GET for the current state, as Partner Center's webhooks do.
     */
    String payload(JsonMapper json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", seq);
        m.put("type", type);
        m.put("organizationId", organizationId);
        m.put("referralId", referralId == null ? null : referralId.toString());
        m.put("engagementId", engagementId == null ? null : engagementId.toString());
        m.put(
                "resourceUri",
                type.equals("notification-created")
                        ? NOTIFICATIONS
                        : referralId == null ? null : REFERRALS + referralId);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("id", actor.id());
        by.put("name", actor.name());
        m.put("actor", by);
        m.put("time", at.toString());
        m.put("changes", new RawValue(changes)); // stored as JSON: copied, not parsed
        return json.writeValueAsString(m);
    }
}
