package com.cosell.backend.odata;

import java.util.Set;

/** A catalog shaped like the referral fields the API will expose. */
final class SampleCatalog {

    static final FieldCatalog REFERRALS = FieldCatalog.of(
                    Field.of("name", "r.name", FieldType.STRING),
                    Field.ofEnum("status", "r.status", Set.of("New", "Active", "Closed")),
                    Field.of("details/dealValue", "r.deal_value", FieldType.NUMBER),
                    Field.of("updatedDateTime", "r.updated_at", FieldType.DATETIME),
                    Field.of("isArchived", "r.archived", FieldType.BOOLEAN).withSortable(false),
                    Field.condition("pinned", "EXISTS (SELECT 1 FROM pin p WHERE p.id = r.id)"),
                    Field.of("id", "r.id", FieldType.UUID).withSortable(false),
                    Field.of("customerProfile/address/country", "lower(r.customer_country)", FieldType.STRING))
            .with(CollectionField.ofJsonArray(
                    "team",
                    "r.doc->'team'",
                    Field.ofIgnoringCase("email", CollectionField.jsonText("email")),
                    Field.of("firstName", CollectionField.jsonText("firstName"), FieldType.STRING)));

    private SampleCatalog() {}
}
