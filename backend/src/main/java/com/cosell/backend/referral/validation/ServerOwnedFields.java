package com.cosell.backend.referral.validation;

import com.cosell.backend.web.ApiProblems;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a client may send but never sets. Partner Center clients read a referral and send it
 * back whole, so these are ignored rather than refused (a tolerant reader, as Partner Center is).
 */
public final class ServerOwnedFields {

    /** Kept in the stored document, set only by the server. */
    static final Set<String> STORED = Set.of(
            "id",
            "engagementId",
            "organizationId",
            "organizationName",
            "createdDateTime",
            "updatedDateTime",
            "expirationDateTime",
            "acceptedDateTime",
            "closedDateTime",
            "direction",
            "registrations");

    /**
     * Per-user or derived on reading: never stored ({@code owner} is the owner module's). {@code target} (the parties the organization
     * invited) is input on create and in an invitation's patch, derived from the parties' copies on reading.
     */
    public static final Set<String> PRESENTATION =
            Set.of("favorite", "eTag", "links", "relatedParties", "registrationStatus", "target", "owner");

    /** Read-only fields of Partner Center's schema that Co-sell does not keep. */
    private static final Set<String> NOT_KEPT = Set.of("@odata.context", "@odata.etag", "quality", "isSpam", "tags");

    private ServerOwnedFields() {}

    /** A create body without what the server sets ({@code favorite} and {@code target} stay: they are input). */
    public static ObjectNode forCreate(ObjectNode body) {
        ObjectNode result = body.deepCopy();
        STORED.forEach(f -> removeAnyCase(result, f));
        PRESENTATION.stream()
                .filter(f -> !f.equals("favorite") && !f.equals("target"))
                .forEach(f -> removeAnyCase(result, f));
        NOT_KEPT.forEach(f -> removeAnyCase(result, f));
        if (inviteContext(result) instanceof ObjectNode invite) {
            removeAnyCase(invite, "invitedBy");
        }
        return result;
    }

    /**
     * The wanted document with every server-owned value put back as it is now ({@code shown}),
     * whatever the request said of it; {@code favorite} is left as asked.
     */
    public static ObjectNode restore(ObjectNode wanted, ObjectNode shown) {
        ObjectNode result = wanted.deepCopy();
        for (String field : STORED) {
            copy(shown, result, field);
        }
        PRESENTATION.stream().filter(f -> !f.equals("favorite")).forEach(f -> copy(shown, result, f));
        NOT_KEPT.forEach(f -> removeAnyCase(result, f));
        JsonNode invitedBy = shown.path("inviteContext").get("invitedBy");
        if (inviteContext(result) instanceof ObjectNode invite) {
            removeAnyCase(invite, "invitedBy");
            if (invitedBy != null) {
                invite.set("invitedBy", invitedBy);
            }
        } else if (invitedBy != null
                && (result.get("inviteContext") == null
                        || result.get("inviteContext").isNull())) {
            result.putObject("inviteContext").set("invitedBy", invitedBy);
        }
        return result;
    }

    private static void copy(ObjectNode from, ObjectNode to, String field) {
        removeAnyCase(to, field);
        JsonNode value = from.get(field);
        if (value != null) {
            to.set(field, value);
        }
    }

    /**
     * Names are read in any case (as Partner Center reads them), so {@code InvitedBy} or
     * {@code OrganizationId} would set the server's field past an exact-name check: every spelling goes.
     */
    private static void removeAnyCase(ObjectNode node, String field) {
        List<String> spellings =
                node.propertyNames().stream().filter(field::equalsIgnoreCase).toList();
        spellings.forEach(node::remove);
    }

    /** {@code inviteContext} under its own name, whatever case it came in; given twice it is ambiguous (400). */
    private static @Nullable JsonNode inviteContext(ObjectNode document) {
        List<String> spellings = document.propertyNames().stream()
                .filter("inviteContext"::equalsIgnoreCase)
                .toList();
        if (spellings.size() > 1) {
            throw ApiProblems.badRequest("inviteContext is given " + spellings.size()
                    + " times (names are read in any case); send it once.");
        }
        if (spellings.isEmpty()) {
            return null;
        }
        JsonNode value = document.remove(spellings.getFirst());
        document.set("inviteContext", value);
        return value;
    }
}
