package com.cosell.bench.api;

import com.cosell.backend.referral.ReferralQuery;
import io.r2dbc.postgresql.codec.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The raw baseline of section 3: the statements the service runs, over the same R2DBC pool, without the API. */
final class RawSql {

    private final DatabaseClient db;

    RawSql(DatabaseClient db) {
        this.db = db;
    }

    /** A list: the page, the count, the caller's favourites among the page. */
    Mono<Integer> list(ReferralQuery q) {
        Map<String, Object> params = new LinkedHashMap<>(q.filter().parameters());
        String page = "SELECT r.doc, r.version FROM referral r WHERE r.organization_id = :org AND ("
                + q.filter().sql() + ") ORDER BY " + q.orderBy() + " LIMIT :top OFFSET :skip";
        // The count the API runs: from the per-stage tally when the filter allows, else over the rows.
        String count = q.tallyFilter() != null
                ? "SELECT CAST(coalesce(sum(r.n), 0) AS bigint) AS n FROM referral_tally r WHERE r.organization_id = :org "
                        + "AND (" + q.tallyFilter().sql() + ")"
                : "SELECT count(*) AS n FROM referral r WHERE r.organization_id = :org AND ("
                        + q.filter().sql() + ")";
        if (page.contains(":callerUser")) {
            params.put("callerUser", "id-bob");
        }
        DatabaseClient.GenericExecuteSpec ps =
                db.sql(page).bind("org", "contoso").bind("top", q.top() + 1).bind("skip", q.skip());
        DatabaseClient.GenericExecuteSpec cs = db.sql(count).bind("org", "contoso");
        for (var p : params.entrySet()) {
            ps = ps.bind(p.getKey(), p.getValue());
            if (count.contains(":" + p.getKey())) {
                cs = cs.bind(p.getKey(), p.getValue());
            }
        }
        Mono<List<String>> rows =
                ps.map(row -> row.get("doc", Json.class).asString()).all().collectList();
        Mono<Long> n = cs.map(row -> row.get("n", Long.class)).one();
        return Mono.zip(rows.flatMap(list -> favouritesAmong(list.size()).thenReturn(list)), n)
                .map(t -> t.getT1().size());
    }

    /** A single GET: the row, the caller's favourite flag, the related copies. */
    Mono<Integer> get(UUID id) {
        return db.sql("SELECT doc, version, engagement_id FROM referral WHERE id = :id AND organization_id = :org")
                .bind("id", id)
                .bind("org", "contoso")
                .map(row -> row.get("engagement_id", UUID.class))
                .one()
                .flatMap(e -> Mono.zip(
                        favouritesAmong(1),
                        db.sql("SELECT doc, version FROM referral WHERE engagement_id = :e AND organization_id <> :org "
                                        + "ORDER BY created_at")
                                .bind("e", e)
                                .bind("org", "contoso")
                                .map(row -> row.get("doc", Json.class).asString())
                                .all()
                                .count()))
                .map(t -> 1);
    }

    /** The insights page's two tally reads (the last twelve months of contoso's received referrals). */
    Mono<Integer> insightsFromTallies() {
        String since = "date_trunc('month', now()) - interval '11 months'";
        Mono<Long> tally = db.sql(
                        "SELECT solution_id, country, month, substatus, reason, currency, sum(n), sum(value), "
                                + "sum(accept_s), sum(won_s) FROM insight_tally WHERE organization_id = :org AND direction = 'Incoming' "
                                + "AND month >= " + since + " GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0")
                .bind("org", "contoso")
                .map(row -> 1)
                .all()
                .count();
        Mono<Long> durations = db.sql("SELECT d.kind, d.counterpart, b.upper_s, sum(d.n) FROM insight_duration d "
                        + "JOIN insight_bucket b ON b.bucket = d.bucket WHERE d.organization_id = :org "
                        + "AND d.month >= " + since + " GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0")
                .bind("org", "contoso")
                .map(row -> 1)
                .all()
                .count();
        return Mono.zip(tally, durations).map(t -> (int) (t.getT1() + t.getT2()));
    }

    /**
     * The insights page without its tallies: the same figures computed over the rows of the last
     * twelve months (by stage, reason, country, month; by solution; the duration histograms).
     */
    Mono<Integer> insightsFromRows() {
        String rows = "FROM referral r, LATERAL %s(r.organization_id, r.direction, r.created_at, r.customer_country, "
                + "r.substatus, r.currency, r.deal_value, r.doc) f WHERE r.organization_id = :org "
                + "AND r.direction = 'Incoming' AND r.created_at >= date_trunc('month', now()) - interval '11 months' ";
        Mono<Long> tally = db.sql(
                        "SELECT f.country, f.month, f.substatus, f.reason, f.currency, count(*), sum(f.value), "
                                + "sum(f.accept_s), sum(f.won_s) " + rows.formatted("insight_facts")
                                + "AND f.solution_id IS NULL GROUP BY 1, 2, 3, 4, 5")
                .bind("org", "contoso")
                .map(row -> 1)
                .all()
                .count();
        Mono<Long> solutions = db.sql("SELECT f.solution_id, f.substatus, f.currency, count(*), sum(f.value) "
                        + rows.formatted("insight_facts") + "AND f.solution_id IS NOT NULL GROUP BY 1, 2, 3")
                .bind("org", "contoso")
                .map(row -> 1)
                .all()
                .count();
        Mono<Long> durations = db.sql(
                        "SELECT f.kind, f.bucket, count(*) " + rows.formatted("insight_durations") + "GROUP BY 1, 2")
                .bind("org", "contoso")
                .map(row -> 1)
                .all()
                .count();
        return Mono.zip(tally, solutions, durations).map(t -> (int) (t.getT1() + t.getT2() + t.getT3()));
    }

    /**
     * The customer type-ahead's queries, as the directory sends them (no city, no country): the
     * prefix range, then the trigram match only when the prefixes are fewer than 20.
     */
    Mono<Integer> customers(String typed) {
        String needle = typed.toLowerCase();
        String columns =
                "id, name, address_line1, address_line2, city, state, postal_code, country, region, duns, size";
        Mono<Long> starting = db.sql("SELECT " + columns + " FROM customer WHERE lower(name) ~>=~ :needle "
                        + "AND lower(name) ~<~ (:needle || chr(1114111)) AND lower(name) LIKE :prefix "
                        + "ORDER BY lower(name) USING ~<~, name, duns LIMIT 20")
                .bind("needle", needle)
                .bind("prefix", needle + "%")
                .map(row -> row.get("name", String.class))
                .all()
                .count();
        return starting.flatMap(n -> n >= 20
                ? Mono.just(n.intValue())
                : db.sql("SELECT " + columns + " FROM customer WHERE lower(name) % :needle "
                                + "AND lower(name) NOT LIKE :prefix "
                                + "ORDER BY similarity(lower(name), :needle) DESC, name, duns LIMIT :rest")
                        .bind("needle", needle)
                        .bind("prefix", needle + "%")
                        .bind("rest", 20 - n.intValue())
                        .map(row -> row.get("name", String.class))
                        .all()
                        .count()
                        .map(m -> (int) (n + m)));
    }

    /** Random ids: the lookup costs the same as for the page's own ids. */
    private Mono<Integer> favouritesAmong(int size) {
        UUID[] some = new UUID[Math.max(1, size)];
        for (int i = 0; i < some.length; i++) {
            some[i] = UUID.randomUUID();
        }
        return db.sql("SELECT referral_id FROM favorite WHERE user_id = :u AND referral_id = ANY(:ids)")
                .bind("u", "id-bob")
                .bind("ids", some)
                .map(row -> 1)
                .all()
                .count()
                .map(Long::intValue);
    }
}
