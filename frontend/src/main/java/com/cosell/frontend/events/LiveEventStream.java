package com.cosell.frontend.events;

import com.cosell.api.event.EventType;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.PresenceApi;
import com.cosell.frontend.notifications.BackendNotificationFeed;
import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.security.AccessTokens;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Connects a signed-in Vaadin session to the backend's event stream (one WebSocket per session,
 * with the user's token) and hands each event to the session's views, its comment panels and the bell.
 */
@Component
@VaadinSessionScope
public class LiveEventStream {

    private final BackendClient backend;
    private final AccessTokens tokens;
    private final CurrentUser user;
    private final LocalReferralEvents events;
    private final BackendNotificationFeed notifications;
    private final CommentEvents comments;
    private final Presence presence;
    private final boolean enabled;
    private @Nullable EventStreamClient client;

    LiveEventStream(
            BackendClient backend,
            AccessTokens tokens,
            CurrentUser user,
            LocalReferralEvents events,
            BackendNotificationFeed notifications,
            CommentEvents comments,
            Presence presence,
            @Value("${cosell.backend.live-events:true}") boolean enabled) {
        this.presence = presence;
        this.backend = backend;
        this.tokens = tokens;
        this.user = user;
        this.events = events;
        this.notifications = notifications;
        this.comments = comments;
        this.enabled = enabled;
    }

    /** Idempotent: the first signed-in page of the session connects, later ones reuse the connection. */
    public synchronized void start() {
        if (!enabled || client != null) {
            return;
        }
        Authentication signedIn = user.authentication();
        // With presence: who opens and leaves the organization's referrals, from every instance.
        client = new EventStreamClient(
                URI.create(backend.eventsUri() + "?presence=true"), () -> tokens.of(signedIn), this::deliver);
        client.start();
    }

    private void deliver(JsonNode message) {
        String type = message.path("type").asString("");
        if (type.equals("presence")) {
            List<PresenceApi.Viewer> viewers = new ArrayList<>();
            message.path("viewers")
                    .forEach(v -> viewers.add(new PresenceApi.Viewer(
                            v.path("id").asString(""),
                            v.path("name").asString(""),
                            v.path("organizationId").asString(""),
                            v.path("organizationName").asString(""))));
            presence.update(message.path("referralId").asString(""), viewers);
            return;
        }
        if (type.equals("notification-created")) {
            notifications.changed();
            return;
        }
        if (type.startsWith("comment-") && message.hasNonNull("referralId")) {
            comments.publish(new CommentChange(
                    message.get("referralId").asString(),
                    message.hasNonNull("engagementId")
                            ? message.get("engagementId").asString()
                            : null,
                    type,
                    message.path("actor").hasNonNull("id")
                            ? message.path("actor").get("id").asString()
                            : null,
                    message.path("actor").hasNonNull("name")
                            ? message.path("actor").get("name").asString()
                            : null));
            return;
        }
        EventType kind =
                EventType.ofWireName(type).filter(EventType::isReferralChange).orElse(null);
        if (kind == null || !message.hasNonNull("referralId")) {
            return;
        }
        List<ReferralChange.FieldChange> changes = new ArrayList<>();
        message.path("changes")
                .forEach(c -> changes.add(new ReferralChange.FieldChange(
                        c.path("path").asString(""), value(c.get("from")), value(c.get("to")))));
        events.publish(new ReferralChange(
                message.path("seq").asLong(),
                kind,
                message.get("referralId").asString(),
                message.hasNonNull("engagementId") ? message.get("engagementId").asString() : null,
                Instant.parse(message.path("at").asString(Instant.now().toString())),
                message.path("actor").hasNonNull("name")
                        ? message.path("actor").get("name").asString()
                        : null,
                changes,
                message.path("actor").hasNonNull("id")
                        ? message.path("actor").get("id").asString()
                        : null));
    }

    private static @Nullable Object value(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? (node.isNumber() ? node.numberValue() : node.asString()) : node.toString();
    }

    @PreDestroy
    synchronized void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
