package com.cosell.backend.referral.query;

import com.cosell.api.referral.Direction;
import com.cosell.api.referral.ReferralType;
import com.cosell.api.referral.SalesStage;
import com.cosell.api.referral.Status;
import com.cosell.api.referral.Substatus;
import com.cosell.backend.odata.CollectionField;
import com.cosell.backend.odata.Field;
import com.cosell.backend.odata.FieldCatalog;
import com.cosell.backend.odata.FieldType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code $filter} and {@code $orderby} may name, and the indexed columns behind each; the two
 * teams, for {@code team/any(…)}, are read from the stored document. The organization is never
 * among them: it is fixed by the caller's token, outside the filter.
 */
public final class ReferralFields {

    /** Bound to the caller's user id for {@code favorite}. */
    static final String CALLER_PARAMETER = "callerUser";

    public static final FieldCatalog CATALOG = FieldCatalog.of(
                    Field.of("id", "r.id", FieldType.UUID),
                    Field.of("engagementId", "r.engagement_id", FieldType.UUID),
                    Field.of("name", "r.name", FieldType.STRING),
                    Field.of("externalReferenceId", "r.external_reference_id", FieldType.STRING),
                    Field.ofEnum("status", "r.status", names(Status.class)),
                    Field.ofEnum("substatus", "r.substatus", names(Substatus.class)),
                    Field.ofEnum("type", "r.type", names(ReferralType.class)),
                    Field.ofEnum("direction", "r.direction", names(Direction.class)),
                    Field.ofEnum("salesStage", "r.sales_stage", names(SalesStage.class)),
                    Field.of("createdDateTime", "r.created_at", FieldType.DATETIME),
                    Field.of("updatedDateTime", "r.updated_at", FieldType.DATETIME),
                    Field.of("expirationDateTime", "r.expiration_at", FieldType.DATETIME),
                    Field.of("details/dealValue", "r.deal_value", FieldType.NUMBER),
                    Field.of("details/currency", "r.currency", FieldType.STRING),
                    Field.of("details/closingDateTime", "r.closing_at", FieldType.DATETIME),
                    Field.of("customerProfile/name", "r.customer_name", FieldType.STRING),
                    Field.of("customerProfile/address/city", "r.customer_city", FieldType.STRING),
                    Field.of("customerProfile/address/country", "r.customer_country", FieldType.STRING),
                    // The owner module's row; compared with null, "unassigned".
                    Field.of(
                            "owner/id",
                            "(SELECT o.owner_id FROM referral_owner o WHERE o.referral_id = r.id)",
                            FieldType.STRING),
                    Field.condition(
                            "favorite",
                            "EXISTS (SELECT 1 FROM favorite f WHERE f.referral_id = r.id AND f.user_id = :"
                                    + CALLER_PARAMETER + ")"))
            .with(
                    CollectionField.ofJsonArray("team", "r.doc->'team'", member()),
                    CollectionField.ofJsonArray("customerProfile/team", "r.doc->'customerProfile'->'team'", member()),
                    relatedParties());

    /**
     * The fields {@code referral_tally} has under the same column names ({@code r.status} …): a filter
     * on these alone is counted from the tally instead of the rows, with the same SQL.
     */
    public static final Set<String> TALLY_FIELDS = Set.of("status", "substatus", "direction");

    private ReferralFields() {}

    /**
     * What {@code team/any(t:…)} may name of a team member. Only the email ignores case: an address
     * names one mailbox however it is written, and integrations copy it from systems that capitalise
     * it; names are text like the referral's name: eq is exact, contains and the like ignore case.
     */
    private static Field[] member() {
        return new Field[] {
            Field.ofIgnoringCase("email", CollectionField.jsonText("email")),
            Field.of("firstName", CollectionField.jsonText("firstName"), FieldType.STRING),
            Field.of("lastName", CollectionField.jsonText("lastName"), FieldType.STRING)
        };
    }

    /**
     * {@code relatedParties/any(p:p/substatus eq 'Declined')}: where the engagement's other parties
     * stand, as {@code relatedParties} shows it — how a seller finds the referrals partners declined.
     * The elements are the other organizations' rows of the caller's own engagements, nothing more.
     */
    private static CollectionField relatedParties() {
        String e = CollectionField.ELEMENT;
        return new CollectionField(
                "relatedParties",
                "(SELECT o.organization_id, o.status, o.substatus FROM referral o "
                        + "WHERE o.engagement_id = r.engagement_id AND o.organization_id <> r.organization_id) " + e,
                FieldCatalog.of(
                        Field.of("organizationId", e + ".organization_id", FieldType.STRING),
                        Field.ofEnum("status", e + ".status", names(Status.class)),
                        Field.ofEnum("substatus", e + ".substatus", names(Substatus.class))));
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }
}
