package com.cosell.bench.api;

import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.referral.query.ShownJson;
import com.cosell.backend.referral.store.ReferralStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The raw baseline of section 3: the statements the service runs, over the same R2DBC pool, without the API. */
final class RawSql {

    private final DatabaseClient db;
    private final ShownJson shown;
    private final ReferralStore store;

    RawSql(DatabaseClient db, ShownJson shown, ReferralStore store) {
        this.db = db;
        this.shown = shown;
        this.store = store;
    }

    /**
     * A list: the page as the API's statement composes it (its JSON text), and the count; the API
     * runs the same two, the web layer being all that differs.
     */
    Mono<Integer> list(ReferralQuery q) {
        Map<String, Object> caller = Map.of("callerUser", "id-bob");
        Mono<List<String>> rows = shown.page(
                        "contoso", "id-bob", q.filter(), q.orderBy(), q.top() + 1, q.skip(), caller)
                .collectList();
        Mono<Long> n = store.count("contoso", q.filter(), q.tallyFilter(), caller);
        return Mono.zip(rows, n).map(t -> t.getT1().size());
    }

    /** A single GET: the API's one statement, the referral's JSON as the caller sees it. */
    Mono<Integer> get(UUID id) {
        return shown.one("contoso", "id-bob", id).map(s -> s.json().length());
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
                : db.sql("SELECT " + columns + " FROM customer WHERE :needle <% lower(name) "
                                + "AND lower(name) NOT LIKE :prefix "
                                + "ORDER BY word_similarity(:needle, lower(name)) DESC, name, duns LIMIT :rest")
                        .bind("needle", needle)
                        .bind("prefix", needle + "%")
                        .bind("rest", 20 - n.intValue())
                        .map(row -> row.get("name", String.class))
                        .all()
                        .count()
                        .map(m -> (int) (n + m)));
    }
}
