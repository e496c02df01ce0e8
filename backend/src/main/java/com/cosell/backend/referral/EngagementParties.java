package com.cosell.backend.referral;

import com.cosell.backend.access.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * A reader of one referral and the parties of its engagement, each by its own copy's id: the people
 * of these organizations may see that the others look at the deal, as they see each other's names
 * and stages; nobody else.
 */
public record EngagementParties(Actor actor, UUID engagementId, Map<String, UUID> copies) {

    public record Copies(UUID engagementId, Map<String, UUID> byOrganization) {}
}
