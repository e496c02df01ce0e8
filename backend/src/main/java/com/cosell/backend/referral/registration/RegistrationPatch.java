package com.cosell.backend.referral.registration;

import com.cosell.api.registration.DealRegistration;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.JsonInput;
import com.cosell.backend.web.JsonPatch;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deal registration the Partner Center connector's way: a JSON Patch of the referral that adds
 * {@code /registrations/-} or replaces fields below {@code /registrations/0}.
 *
 * @param amend whether it changes the registration there is rather than adding one
 */
public record RegistrationPatch(DealRegistration.Submission submission, boolean amend) {

    private static final String PREFIX = "/registrations";
    private static final Set<String> AMENDABLE = Set.of("contract", "solutionDetails");

    /** Whether the patch is about registrations (then it must be about nothing else). */
    public static boolean isRegistration(JsonNode patch) {
        if (!(patch instanceof ArrayNode ops)) {
            return false;
        }
        boolean any = false;
        boolean other = false;
        for (JsonNode op : ops) {
            boolean registration = op.path("path").asString("").startsWith(PREFIX);
            any |= registration;
            other |= !registration;
        }
        if (any && other) {
            throw ApiProblems.badRequest("A patch that registers a deal cannot change anything else; "
                    + "send the other changes in a patch of their own.");
        }
        return any;
    }

    /** @param current the referral's registration as shown, when it has one */
    public static RegistrationPatch of(JsonNode patch, @Nullable JsonNode current, JsonInput input) {
        if (patch.size() == 1 && patch.get(0).path("path").asString().equals(PREFIX + "/-")) {
            JsonNode op = patch.get(0);
            if (!op.path("op").asString("").equals("add") || !(op.get("value") instanceof ObjectNode value)) {
                throw ApiProblems.badRequest("operation 0: registering is an add of an object at /registrations/-.");
            }
            DealRegistration.PartnerCenterForm form = input.read(value, DealRegistration.PartnerCenterForm.class);
            if (form.type() != null && !form.type().equals("AzureIPCoSell")) {
                throw ApiProblems.badRequest(
                        "operation 0: a registration's type is AzureIPCoSell, not '" + form.type() + "'.");
            }
            return new RegistrationPatch(form.submission(), false);
        }
        ArrayNode relative = input.mapper().createArrayNode();
        for (JsonNode op : patch) {
            String path = op.path("path").asString("");
            if (!(op instanceof ObjectNode) || !path.startsWith(PREFIX + "/0/")) {
                throw ApiProblems.badRequest("'" + path + "': register with one add at /registrations/-, or change "
                        + "the registration below /registrations/0/.");
            }
            ObjectNode copy = (ObjectNode) op.deepCopy();
            copy.put("path", path.substring((PREFIX + "/0").length()));
            relative.add(copy);
        }
        if (current == null) {
            throw ApiProblems.conflict("This deal has no registration to change yet.", java.util.List.of());
        }
        ObjectNode entry = input.mapper().createObjectNode();
        entry.set("contract", current.path("contract").deepCopy());
        entry.set("solutionDetails", current.path("solutionDetails").deepCopy());
        ObjectNode changed = JsonPatch.apply(entry, relative, AMENDABLE);
        return new RegistrationPatch(
                input.read(changed, DealRegistration.PartnerCenterForm.class).submission(), true);
    }
}
