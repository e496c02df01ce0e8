package com.cosell.backend.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Partner Center's Referral schema, as its connector and documentation describe it, written down as
 * Co-sell's own test data ({@code contract/partner-center-referral.schema.json}), with date-time
 * formats asserted.
 */
final class ReferralSchema {

    private static final Schema SCHEMA = load();

    private ReferralSchema() {}

    /** Fails the test, naming every violation, unless {@code referral} fits the schema. */
    static void assertValid(JsonNode referral) {
        List<Error> errors = SCHEMA.validate(referral);
        assertThat(errors)
                .as("Partner Center schema violations in %s", referral)
                .isEmpty();
    }

    /** A list page: the OData envelope, each referral valid. */
    static void assertValidPage(JsonNode page) {
        assertThat(page.path("@odata.context").isString())
                .as("@odata.context in %s", page)
                .isTrue();
        assertThat(page.path("value").isArray()).isTrue();
        page.path("value").forEach(ReferralSchema::assertValid);
    }

    static List<Error> violations(JsonNode referral) {
        return SCHEMA.validate(referral);
    }

    private static Schema load() {
        try (InputStream in =
                ReferralSchema.class.getResourceAsStream("/contract/partner-center-referral.schema.json")) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
