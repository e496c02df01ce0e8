package com.cosell.backend.referral.store;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Status;
import com.cosell.api.referral.Substatus;
import com.cosell.backend.odata.SqlFragment;
import com.cosell.backend.referral.EngagementParties;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral rows: the whole document in {@code doc}, and the columns projected from it. Every read
 * is scoped to one organization, except those of one engagement's parties, which the invitation
 * rules and the other parties' stages need (and never present whole).
 */
@Repository
public class ReferralStore {

    private final DatabaseClient db;
    private final JsonMapper json;

    ReferralStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public Mono<StoredReferral> find(String organizationId, UUID id) {
        return db.sql("SELECT doc, version FROM referral WHERE id = :id AND organization_id = :org")
                .bind("id", id)
                .bind("org", organizationId)
                .map(this::stored)
                .one();
    }

    /** The referrals of the same engagement held by other organizations (for status only). */
    public Flux<Referral> related(UUID engagementId, String exceptOrganizationId) {
        return related(java.util.Set.of(engagementId), exceptOrganizationId);
    }

    /**
     * The other organizations' referrals of any of these engagements, oldest first: only what their
     * stage and invitation say (identity, organization, stage, reason, invite context), not their
     * documents, which a page would otherwise parse whole, every party's, to show four fields.
     */
    public Flux<Referral> related(java.util.Collection<UUID> engagementIds, String exceptOrganizationId) {
        return db.sql("SELECT id, engagement_id, organization_id, status, substatus, "
                        + "doc ->> 'organizationName' AS organization_name, doc ->> 'statusReason' AS reason, "
                        + "doc -> 'inviteContext' AS invite FROM referral WHERE engagement_id = ANY(:e) "
                        + "AND organization_id <> :org ORDER BY created_at, organization_id") // invited at once: by org
                .bind("e", engagementIds.toArray(UUID[]::new))
                .bind("org", exceptOrganizationId)
                .map(row -> {
                    Json invite = row.get("invite", Json.class);
                    return Referral.builder()
                            .id(row.get("id", UUID.class))
                            .engagementId(row.get("engagement_id", UUID.class))
                            .organizationId(row.get("organization_id", String.class))
                            .organizationName(row.get("organization_name", String.class))
                            .status(Status.valueOf(row.get("status", String.class)))
                            .substatus(Substatus.valueOf(row.get("substatus", String.class)))
                            .statusReason(row.get("reason", String.class))
                            .inviteContext(
                                    invite == null
                                            ? null
                                            : json.readValue(invite.asString(), Referral.InviteContext.class))
                            .build();
                })
                .all();
    }

    /** The engagement of an organization's referral and every party's copy of it, by organization. */
    public Mono<EngagementParties.Copies> copies(String organizationId, UUID id) {
        return db.sql("SELECT r.engagement_id, r.organization_id, r.id FROM referral mine "
                        + "JOIN referral r ON r.engagement_id = mine.engagement_id "
                        + "WHERE mine.id = :id AND mine.organization_id = :org")
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> new Object[] {row.get(0, UUID.class), row.get(1, String.class), row.get(2, UUID.class)})
                .all()
                .collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> new EngagementParties.Copies(
                        (UUID) rows.getFirst()[0],
                        rows.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(r -> (String) r[1], r ->
                                (UUID) r[2]))));
    }

    /** Every party's referral in the engagement, oldest first: for the invitation rules only. */
    public Flux<StoredReferral> engagement(UUID engagementId) {
        return db.sql("SELECT doc, version FROM referral WHERE engagement_id = :e ORDER BY created_at")
                .bind("e", engagementId)
                .map(this::stored)
                .all();
    }

    /** Serialises the invitations of one engagement until the transaction ends. */
    public Mono<Void> lockEngagement(UUID engagementId) {
        return db.sql("SELECT pg_advisory_xact_lock(:key)")
                .bind("key", engagementId.getMostSignificantBits() ^ engagementId.getLeastSignificantBits())
                .map(row -> 1)
                .first()
                .then();
    }

    public Mono<Void> insert(Referral r) {
        return bindColumns(db.sql("""
                INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus, type,
                    direction, sales_stage, deal_value, currency, closing_at, customer_name, customer_city,
                    customer_country, external_reference_id, created_at, updated_at, expiration_at, doc)
                VALUES (:id, :engagement, :org, 1, :name, :status, :substatus, :type, :direction, :salesStage,
                    :dealValue, :currency, :closingAt, :customerName, :customerCity, :customerCountry, :crmId,
                    :createdAt, :updatedAt, :expirationAt, :doc)"""), r)
                .bind("engagement", r.engagementId())
                .bind("org", r.organizationId())
                .bind("direction", r.direction().name())
                .bind("createdAt", r.createdDateTime())
                .then();
    }

    /** Writes {@code r} if the row is still at {@code expectedVersion}; emits the new version, or nothing. */
    public Mono<Long> update(Referral r, long expectedVersion) {
        return bindColumns(db.sql("""
                UPDATE referral SET version = version + 1, name = :name, status = :status, substatus = :substatus,
                    type = :type, sales_stage = :salesStage, deal_value = :dealValue, currency = :currency,
                    closing_at = :closingAt, customer_name = :customerName, customer_city = :customerCity,
                    customer_country = :customerCountry, external_reference_id = :crmId, updated_at = :updatedAt,
                    expiration_at = :expirationAt, doc = :doc
                WHERE id = :id AND version = :expected
                RETURNING version"""), r)
                .bind("expected", expectedVersion)
                .map(row -> row.get("version", Long.class))
                .one();
    }

    /** One page of a filtered list; the filter is parameterised SQL from the OData translator. */
    public Flux<StoredReferral> list(
            String organizationId, SqlFragment filter, String orderBy, int top, long skip, Map<String, Object> extra) {
        String sql = "SELECT r.doc, r.version FROM referral r WHERE r.organization_id = :org AND (" + filter.sql()
                + ") ORDER BY " + orderBy + " LIMIT :top OFFSET :skip";
        DatabaseClient.GenericExecuteSpec spec =
                db.sql(sql).bind("org", organizationId).bind("top", top).bind("skip", skip);
        return withFilter(spec, filter, extra, sql).map(this::stored).all();
    }

    /** Every id a filtered list holds, in its order: what an export reads first (a UUID a row). */
    public Flux<UUID> ids(String organizationId, SqlFragment filter, String orderBy, Map<String, Object> extra) {
        String sql = "SELECT r.id FROM referral r WHERE r.organization_id = :org AND (" + filter.sql() + ") ORDER BY "
                + orderBy;
        DatabaseClient.GenericExecuteSpec spec =
                withFilter(db.sql(sql).bind("org", organizationId), filter, extra, sql);
        return spec.map(row -> row.get("id", UUID.class)).all();
    }

    /** These referrals of the organization, in no particular order. */
    public Flux<StoredReferral> byIds(String organizationId, java.util.Collection<UUID> ids) {
        return db.sql("SELECT doc, version FROM referral WHERE organization_id = :org AND id = ANY(:ids)")
                .bind("org", organizationId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(this::stored)
                .all();
    }

    /** The list's total: from the per-stage tally when the filter allows, else by counting rows. */
    public Mono<Long> count(
            String organizationId, SqlFragment filter, @Nullable SqlFragment tallyFilter, Map<String, Object> extra) {
        if (tallyFilter != null) {
            return bindAll(
                            db.sql("SELECT CAST(coalesce(sum(r.n), 0) AS bigint) AS n FROM referral_tally r "
                                            + "WHERE r.organization_id = :org AND (" + tallyFilter.sql() + ")")
                                    .bind("org", organizationId),
                            tallyFilter.parameters())
                    .map(row -> row.get("n", Long.class))
                    .one();
        }
        String sql = "SELECT count(*) AS n FROM referral r WHERE r.organization_id = :org AND (" + filter.sql() + ")";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("org", organizationId);
        return withFilter(spec, filter, extra, sql)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /**
     * {@code spec} with the filter's parameters bound, and those of {@code extra} that {@code sql}
     * names (such as the caller, which only some filters use).
     */
    public static DatabaseClient.GenericExecuteSpec withFilter(
            DatabaseClient.GenericExecuteSpec spec, SqlFragment filter, Map<String, Object> extra, String sql) {
        return bindAll(bindAll(spec, filter.parameters()), used(extra, sql));
    }

    /** Only the parameters the statement names: binding an unused one is an error. */
    private static Map<String, Object> used(Map<String, Object> parameters, String sql) {
        return parameters.entrySet().stream()
                .filter(e -> sql.contains(":" + e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static DatabaseClient.GenericExecuteSpec bindAll(
            DatabaseClient.GenericExecuteSpec spec, Map<String, Object> parameters) {
        for (var p : parameters.entrySet()) {
            spec = spec.bind(p.getKey(), p.getValue());
        }
        return spec;
    }

    private DatabaseClient.GenericExecuteSpec bindColumns(DatabaseClient.GenericExecuteSpec spec, Referral r) {
        var customer = r.customerProfile();
        var address = customer == null ? null : customer.address();
        var details = r.details();
        return spec.bind("id", r.id())
                .bind("name", r.name())
                .bind("status", r.status().name())
                .bind("substatus", r.substatus().name())
                .bind("type", r.type().name())
                .bind(
                        "salesStage",
                        Parameter.fromOrEmpty(
                                r.salesStage() == null ? null : r.salesStage().name(), String.class))
                .bind(
                        "dealValue",
                        Parameter.fromOrEmpty(details == null ? null : details.dealValue(), BigDecimal.class))
                .bind("currency", Parameter.fromOrEmpty(details == null ? null : details.currency(), String.class))
                .bind(
                        "closingAt",
                        Parameter.fromOrEmpty(details == null ? null : details.closingDateTime(), Instant.class))
                .bind("customerName", Parameter.fromOrEmpty(customer == null ? null : customer.name(), String.class))
                .bind("customerCity", Parameter.fromOrEmpty(address == null ? null : address.city(), String.class))
                .bind(
                        "customerCountry",
                        Parameter.fromOrEmpty(address == null ? null : address.country(), String.class))
                .bind("crmId", Parameter.fromOrEmpty(r.externalReferenceId(), String.class))
                .bind("updatedAt", r.updatedDateTime())
                .bind("expirationAt", Parameter.fromOrEmpty(r.expirationDateTime(), Instant.class))
                .bind("doc", Json.of(json.writeValueAsString(r)));
    }

    private StoredReferral stored(Readable row) {
        Referral doc = json.readValue(row.get("doc", Json.class).asString(), Referral.class);
        return new StoredReferral(doc, row.get("version", Long.class));
    }
}
