package com.cosell.backend.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the tallies of changeset 022, always for one organization: its own referrals' figures, and
 * the answers to the referrals it sent (filed under it as the sender). Deltas not folded yet are
 * summed in, so a read is exact as of its snapshot.
 */
@Repository
class InsightStore {

    /** One group of the tally. {@code solutionId} null: a referral's own row, by country and month. */
    record TallyRow(
            @Nullable UUID solutionId,
            String country,
            @Nullable LocalDate month,
            String substatus,
            @Nullable String reason,
            String currency,
            long n,
            BigDecimal value,
            long acceptSeconds,
            long wonSeconds) {}

    /** One bucket of a histogram: kind A, W, R or E (see the changeset), its upper bound, its count. */
    record DurationRow(String kind, String counterpart, long upperSeconds, long n) {}

    private static final String MEASURES = "CAST(sum(n) AS bigint) AS n, sum(value) AS value, "
            + "CAST(sum(accept_s) AS bigint) AS accept_s, "
            + "CAST(sum(won_s) AS bigint) AS won_s";
    private static final String SCOPE = " FROM insight_tally WHERE organization_id = :org AND direction = :dir "
            + "AND month BETWEEN :from AND :to AND solution_id IS ";

    private final DatabaseClient db;

    InsightStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<TallyRow> tally(String organizationId, String direction, LocalDate from, LocalDate to) {
        return db.sql("SELECT CAST(NULL AS uuid) AS solution_id, country, month, substatus, reason, currency, "
                        + MEASURES + SCOPE + "NULL GROUP BY 2, 3, 4, 5, 6 HAVING sum(n) <> 0 "
                        + "UNION ALL SELECT solution_id, '', CAST(NULL AS date), substatus, NULL, currency, "
                        + MEASURES + SCOPE + "NOT NULL GROUP BY 1, 4, 6 HAVING sum(n) <> 0")
                .bind("org", organizationId)
                .bind("dir", direction)
                .bind("from", from)
                .bind("to", to)
                .map(row -> new TallyRow(
                        row.get("solution_id", UUID.class),
                        row.get("country", String.class),
                        row.get("month", LocalDate.class),
                        row.get("substatus", String.class),
                        row.get("reason", String.class),
                        row.get("currency", String.class),
                        row.get("n", Long.class),
                        row.get("value", BigDecimal.class),
                        row.get("accept_s", Long.class),
                        row.get("won_s", Long.class)))
                .all();
    }

    /** The organization's histograms, each bucket's upper bound, in bucket order. */
    Flux<DurationRow> durations(String organizationId, String direction, LocalDate from, LocalDate to) {
        return db.sql("""
                        SELECT d.kind, d.counterpart, b.upper_s, CAST(sum(d.n) AS bigint) AS n
                        FROM insight_duration d JOIN insight_bucket b ON b.bucket = d.bucket
                        WHERE d.organization_id = :org AND d.month BETWEEN :from AND :to
                            AND (d.kind IN ('R', 'E') OR d.direction = :dir)
                        GROUP BY d.kind, d.counterpart, b.upper_s HAVING sum(d.n) <> 0
                        ORDER BY d.kind, d.counterpart, b.upper_s""")
                .bind("org", organizationId)
                .bind("dir", direction)
                .bind("from", from)
                .bind("to", to)
                .map(row -> new DurationRow(
                        row.get("kind", String.class),
                        row.get("counterpart", String.class),
                        row.get("upper_s", Long.class),
                        row.get("n", Long.class)))
                .all();
    }

    Mono<Map<String, String>> solutionNames(Collection<UUID> ids) {
        return names(
                "SELECT CAST(id AS text) AS id, name FROM solution WHERE id = ANY(:ids)", ids.toArray(UUID[]::new));
    }

    Mono<Map<String, String>> organizationNames(Collection<String> ids) {
        return names("SELECT id, name FROM organization WHERE id = ANY(:ids)", ids.toArray(String[]::new));
    }

    private Mono<Map<String, String>> names(String sql, Object[] ids) {
        if (ids.length == 0) {
            return Mono.just(Map.of());
        }
        return db.sql(sql)
                .bind("ids", ids)
                .map(row -> Map.entry(row.get("id", String.class), row.get("name", String.class)))
                .all()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
