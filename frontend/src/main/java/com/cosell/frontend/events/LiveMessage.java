package com.cosell.frontend.events;

import com.cosell.api.event.EventType;
import com.cosell.frontend.backend.PresenceApi.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One message of the backend's event stream that a session acts on, read from its JSON once for every
 * session of the organization ({@link OrganizationStreams}).
 */
public sealed interface LiveMessage
        permits ReferralChange, CommentChange, LiveMessage.PresenceChange, LiveMessage.NotificationCreated {

    /** Who has a referral open now (a message without a seq). */
    record PresenceChange(String referralId, List<Viewer> viewers) implements LiveMessage {}

    /** A notification was stored for someone of the organization: the bell reads its count again. */
    record NotificationCreated() implements LiveMessage {}

    /** The message as a session acts on it; empty for anything else (a type it does not show, a malformed one). */
    static Optional<LiveMessage> of(JsonNode message) {
        String type = message.path("type").asString("");
        if (type.equals("presence")) {
            List<Viewer> viewers = new ArrayList<>();
            message.path("viewers")
                    .forEach(v -> viewers.add(new Viewer(
                            v.path("id").asString(""),
                            v.path("name").asString(""),
                            v.path("organizationId").asString(""),
                            v.path("organizationName").asString(""))));
            return Optional.of(new PresenceChange(message.path("referralId").asString(""), List.copyOf(viewers)));
        }
        if (type.equals("notification-created")) {
            return Optional.of(new NotificationCreated());
        }
        if (!message.hasNonNull("referralId")) {
            return Optional.empty();
        }
        String referralId = message.get("referralId").asString();
        @Nullable String engagementId = text(message.get("engagementId"));
        @Nullable String actorId = text(message.path("actor").get("id"));
        @Nullable String actorName = text(message.path("actor").get("name"));
        if (type.startsWith("comment-")) {
            return Optional.of(new CommentChange(referralId, engagementId, type, actorId, actorName));
        }
        return EventType.ofWireName(type).filter(EventType::isReferralChange).map(kind -> {
            List<ReferralChange.FieldChange> changes = new ArrayList<>();
            message.path("changes")
                    .forEach(c -> changes.add(new ReferralChange.FieldChange(
                            c.path("path").asString(""), value(c.get("from")), value(c.get("to")))));
            return new ReferralChange(
                    message.path("seq").asLong(),
                    kind,
                    referralId,
                    engagementId,
                    Instant.parse(message.path("at").asString(Instant.now().toString())),
                    actorName,
                    List.copyOf(changes),
                    actorId);
        });
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static @Nullable Object value(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? (node.isNumber() ? node.numberValue() : node.asString()) : node.toString();
    }
}
