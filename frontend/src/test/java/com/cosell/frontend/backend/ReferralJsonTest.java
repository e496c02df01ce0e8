package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the frontend sends must be exactly Partner Center's shape: the backend refuses unknown fields. */
class ReferralJsonTest {

    @Test
    void aDraftHasNoPropertiesBeyondTheApiContract() {
        Referral draft = Referral.draft("Deal", "Shared", "CRM-1", null,
                new Referral.CustomerProfile("Woodgrove", null, null, null, null), null,
                new Referral.Details(null, BigDecimal.TEN, "USD", null, null), null, null, List.of("contoso"));
        JsonNode json = JsonMapper.builder().build().valueToTree(draft);
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("name", "type", "externalReferenceId",
                "customerProfile", "details", "target");
    }
}
