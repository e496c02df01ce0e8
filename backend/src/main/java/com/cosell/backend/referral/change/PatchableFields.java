package com.cosell.backend.referral.change;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which members of a referral a JSON Patch may reach, and whether a patch moves the stage. */
final class PatchableFields {

    /** Top-level members a patch may reach (deeper paths below them are fine). */
    static final Set<String> PATCHABLE = Set.of(
            "name",
            "externalReferenceId",
            "campaignId",
            "status",
            "substatus",
            "statusReason",
            "type",
            "qualification",
            "salesStage",
            "favorite",
            "customerProfile",
            "consent",
            "details",
            "team",
            "inviteContext",
            "referralProgram",
            "callToAction",
            "referralSource",
            "mpnId",
            "trackingInfo",
            "lastModifiedVia",
            "lastRunId");

    /** Whether the patch sets the stage (status or substatus), as opposed to editing content. */
    static boolean movesStage(JsonNode patch) {
        for (JsonNode op : patch) {
            String path = op.path("path").asString("");
            if (path.equals("/status") || path.equals("/substatus")) {
                return true;
            }
        }
        return false;
    }

    private PatchableFields() {}
}
