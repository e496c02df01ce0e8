package com.cosell.backend.duplicate;

import com.cosell.api.duplicate.Deal;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of duplicates and conflicts. Every statement is bound to one organization and returns only
 * its rows: other organizations' copies are read (for a conflict) only to know that two different
 * partners are parties, never returned. SQL rather than mapped rows: trigram similarity ({@code %},
 * served by {@code referral_customer_trgm}) and D-U-N-S containment ({@code referral_customer_ids}).
 */
@Component
class DuplicateStore {

    static final int LIMIT = 20;
    private static final String OPEN = "('New', 'Active')";
    private static final String DUNS_OF =
            "(SELECT i ->> 'id' FROM jsonb_array_elements(coalesce(%s.doc -> 'customerProfile' "
                    + "-> 'ids', '[]')) i WHERE i ->> 'profileType' = 'Duns' LIMIT 1)";
    private static final String DEAL = "%1$s.id, %1$s.name, %1$s.customer_name, %1$s.customer_country, %1$s.status, "
            + "%1$s.substatus, %1$s.updated_at, " + DUNS_OF + " AS duns";

    private final DatabaseClient db;

    DuplicateStore(DatabaseClient db) {
        this.db = db;
    }

    /** The organization's open deals on the customer of {@code key}, same D-U-N-S first, then the most similar names. */
    Flux<Deal> candidates(String organizationId, CustomerKey key, @Nullable UUID except) {
        if (!key.searchable()) {
            return Flux.empty();
        }
        String byDuns = key.duns() == null ? "FALSE" : "r.doc -> 'customerProfile' -> 'ids' @> CAST(:dunsIds AS jsonb)";
        String byName = key.byName() ? "(r.customer_country = :country AND lower(r.customer_name) % :needle)" : "FALSE";
        var spec = db.sql("""
                        SELECT %s, %s AS same_duns, %s AS score FROM referral r
                        WHERE r.organization_id = :org AND r.status IN %s AND r.id <> :except AND (%s OR %s)
                        ORDER BY same_duns DESC, score DESC, r.updated_at DESC, r.id LIMIT %d""".formatted(
                                DEAL.formatted("r"),
                                byDuns,
                                key.byName() ? "similarity(lower(r.customer_name), :needle)" : "0",
                                OPEN,
                                byDuns,
                                byName,
                                LIMIT))
                .bind("org", organizationId)
                .bind("except", except == null ? new UUID(0, 0) : except);
        if (key.duns() != null) {
            spec = spec.bind("dunsIds", Json.of("[{\"profileType\":\"Duns\",\"id\":\"" + key.duns() + "\"}]"));
        }
        if (key.byName()) {
            spec = spec.bind("country", key.country()).bind("needle", key.needle());
        }
        return spec.map(row -> deal(row, Boolean.TRUE.equals(row.get("same_duns", Boolean.class)) ? "Duns" : "Name"))
                .all();
    }

    /** The open deal {@code id} of the organization, locked until the transaction ends; empty when it is not one. */
    Mono<Deal> openDeal(String organizationId, UUID id) {
        return db.sql(
                        "SELECT %s FROM referral r WHERE r.id = :id AND r.organization_id = :org AND r.status IN %s FOR SHARE"
                                .formatted(DEAL.formatted("r"), OPEN))
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> deal(row, null))
                .one();
    }

    Mono<Void> link(String organizationId, UUID referralId, UUID duplicateOf, Instant at, String by) {
        return db.sql("""
                        INSERT INTO referral_duplicate (referral_id, duplicate_of, organization_id, linked_at, linked_by)
                        VALUES (:id, :of, :org, :at, :by)""")
                .bind("id", referralId)
                .bind("of", duplicateOf)
                .bind("org", organizationId)
                .bind("at", at)
                .bind("by", by)
                .then();
    }

    /** The deal {@code id} was closed as a duplicate of, in the organization. */
    Mono<Deal> duplicateOf(String organizationId, UUID id) {
        return db.sql("""
                        SELECT %s FROM referral_duplicate d JOIN referral r ON r.id = d.duplicate_of
                        WHERE d.referral_id = :id AND d.organization_id = :org AND r.organization_id = :org""".formatted(DEAL.formatted("r")))
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> deal(row, null))
                .one();
    }

    /** The deals closed as duplicates of {@code id}, in the organization. */
    Flux<Deal> duplicates(String organizationId, UUID id) {
        return db.sql("""
                        SELECT %s FROM referral_duplicate d JOIN referral r ON r.id = d.referral_id
                        WHERE d.duplicate_of = :id AND d.organization_id = :org AND r.organization_id = :org
                        ORDER BY d.linked_at, r.id""".formatted(DEAL.formatted("r")))
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> deal(row, null))
                .all();
    }

    /**
     * Links two deals of the organization, stored once per pair in the database's uuid order (which is
     * not {@link UUID#compareTo}'s, hence LEAST/GREATEST there); true when it was not linked yet.
     */
    Mono<Boolean> addLink(String organizationId, UUID a, UUID b, Instant at, String by) {
        return db.sql("""
                        INSERT INTO referral_link (low_id, high_id, organization_id, linked_at, linked_by)
                        VALUES (LEAST(CAST(:a AS uuid), CAST(:b AS uuid)), GREATEST(CAST(:a AS uuid), CAST(:b AS uuid)),
                                :org, :at, :by)
                        ON CONFLICT (low_id, high_id) DO NOTHING""")
                .bind("a", a)
                .bind("b", b)
                .bind("org", organizationId)
                .bind("at", at)
                .bind("by", by)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    /** Removes the organization's link between two deals; true when there was one. */
    Mono<Boolean> removeLink(String organizationId, UUID a, UUID b) {
        return db.sql("""
                        DELETE FROM referral_link WHERE organization_id = :org
                        AND low_id = LEAST(CAST(:a AS uuid), CAST(:b AS uuid))
                        AND high_id = GREATEST(CAST(:a AS uuid), CAST(:b AS uuid))""")
                .bind("a", a)
                .bind("b", b)
                .bind("org", organizationId)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    /** The deals linked to {@code id} (from either side of the pair), in the organization, oldest link first. */
    Flux<Deal> linked(String organizationId, UUID id) {
        return db.sql("""
                        SELECT %s FROM referral_link l
                        JOIN referral r ON r.id = CASE WHEN l.low_id = :id THEN l.high_id ELSE l.low_id END
                        WHERE (l.low_id = :id OR l.high_id = :id) AND l.organization_id = :org
                            AND r.organization_id = :org
                        ORDER BY l.linked_at, r.id""".formatted(DEAL.formatted("r")))
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> deal(row, null))
                .all();
    }

    /**
     * For each of the organization's open copies among {@code ids}: its other open copies on the same
     * customer whose engagement has a different partner as a party. For the vendor, whose copies these are.
     */
    Mono<Map<UUID, List<Deal>>> conflicts(String organizationId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        WITH mine AS (
                            SELECT r.id, r.engagement_id, r.customer_country, lower(r.customer_name) AS needle, %s AS duns
                            FROM referral r WHERE r.organization_id = :org AND r.id = ANY(:ids) AND r.status IN %s)
                        SELECT m.id AS mine, %s FROM mine m
                        JOIN referral o ON o.organization_id = :org AND o.id <> m.id AND o.status IN %s
                            AND ((m.duns IS NOT NULL AND o.doc -> 'customerProfile' -> 'ids'
                                    @> jsonb_build_array(jsonb_build_object('profileType', 'Duns', 'id', m.duns)))
                                 OR (o.customer_country = m.customer_country AND lower(o.customer_name) %% m.needle))
                        WHERE EXISTS (
                            SELECT 1 FROM referral pa
                            JOIN organization ka ON ka.id = pa.organization_id AND ka.kind = 'PARTNER'
                            JOIN referral pb ON pb.engagement_id = o.engagement_id AND pb.organization_id <> pa.organization_id
                                AND pb.status IN %s
                            JOIN organization kb ON kb.id = pb.organization_id AND kb.kind = 'PARTNER'
                            WHERE pa.engagement_id = m.engagement_id AND pa.status IN %s)
                        ORDER BY m.id, o.updated_at DESC, o.id""".formatted(DUNS_OF.formatted("r"), OPEN, DEAL.formatted("o"), OPEN, OPEN, OPEN))
                .bind("org", organizationId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("mine", UUID.class), deal(row, null)))
                .all()
                .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                .map(m -> {
                    Map<UUID, List<Deal>> result = new java.util.LinkedHashMap<>();
                    m.forEach((k, v) -> result.put(k, List.copyOf(v)));
                    return result;
                });
    }

    private static Deal deal(Readable row, @Nullable String match) {
        return new Deal(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("customer_name", String.class),
                row.get("customer_country", String.class),
                row.get("duns", String.class),
                row.get("status", String.class),
                row.get("substatus", String.class),
                row.get("updated_at", Instant.class),
                match);
    }
}
