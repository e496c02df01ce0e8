package com.cosell.bench.api;

import static com.cosell.bench.Report.fmt;
import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.api.catalogue.Customer;
import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.referral.query.ShownJson;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.seed.BenchDirectory;
import com.cosell.bench.Bench;
import com.cosell.bench.Repeated;
import com.cosell.bench.support.BulkLoad;
import com.cosell.bench.support.Http;
import com.cosell.bench.support.JitWarmUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Section 3: the Inbound tab's queries (stage, favourites, name search), a single GET and the
 * insights page at each size in {@code referrals=}, through the API beside the same SQL over R2DBC
 * (for insights: the same figures computed from the rows, without the tallies). Each case runs
 * {@code repeats=} times (3), interleaved with its raw baseline; rows give the median and spread.
 */
public final class ApiAtScaleBench {

    private final Bench bench;
    private boolean warm;

    public ApiAtScaleBench(Bench bench) {
        this.bench = bench;
    }

    public void run() throws Exception {
        Http http = bench.http();
        String token = bench.bobToken();
        for (String s : bench.opt("referrals", "100000").split(",")) {
            int n = Integer.parseInt(s.trim());
            String sec = "3. API, " + fmt(n) + " referrals";
            load(n, sec);
            List<String> ids;
            try (Connection c = bench.jdbc();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT id FROM referral WHERE organization_id = 'contoso' ORDER BY random() LIMIT 1000")) {
                ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            String term = "ab1";
            Map<String, String> tabs = new LinkedHashMap<>();
            tabs.put("Inbound page by stage", "direction eq 'Incoming' and substatus eq 'Received'");
            tabs.put("Inbound page, all stages", "direction eq 'Incoming'");
            tabs.put("Favourites page", "favorite eq true");
            tabs.put(
                    "Name search page",
                    "direction eq 'Incoming' and (contains(name,'" + term + "') or contains(customerProfile/name,'"
                            + term + "'))");
            int conc = bench.intOpt("concurrency", 8);
            double secs = Double.parseDouble(bench.opt("seconds", "5"));
            RawSql raw = new RawSql(
                    bench.bean(DatabaseClient.class), bench.bean(ShownJson.class), bench.bean(ReferralStore.class));
            Map<String, Supplier<Mono<?>>> api = new LinkedHashMap<>();
            Map<String, Supplier<Mono<?>>> sql = new LinkedHashMap<>();
            for (var tab : tabs.entrySet()) {
                String uri = "/v1.0/engagements/referrals?$top=50&$count=true&$orderby="
                        + Http.enc("updatedDateTime desc") + "&$filter=" + Http.enc(tab.getValue());
                api.put(
                        tab.getKey(),
                        () -> http.call("GET", uri, token, null, null).map(r -> Http.check(r, 200)));
                ReferralQuery q = ReferralQuery.parse(tab.getValue(), "updatedDateTime desc", "50", "0", "true");
                sql.put(tab.getKey(), () -> raw.list(q));
            }
            api.put(
                    "single GET",
                    () -> http.call("GET", "/v1.0/engagements/referrals/" + pick(ids), token, null, null)
                            .map(r -> Http.check(r, 200)));
            sql.put("single GET", () -> raw.get(UUID.fromString(pick(ids))));
            // The create form's customer type-ahead over the 50,000-company directory: what a person
            // types, 2 to 5 letters of a company's name.
            List<String> typed = directory(sec);
            api.put(
                    "Customer type-ahead (50,000 companies)",
                    () -> http.call("GET", "/v1.0/customers?limit=20&name=" + Http.enc(pick(typed)), token, null, null)
                            .map(r -> Http.check(r, 200)));
            sql.put("Customer type-ahead (50,000 companies)", () -> raw.customers(pick(typed)));
            // Raw: the tally reads the API makes. The same figures computed from the rows instead are
            // timed once below: at concurrency 8 they would hold every pooled connection for minutes.
            api.put(
                    "Insights page, 12 months",
                    () -> http.call("GET", "/v1.0/insights", token, null, null).map(r -> Http.check(r, 200)));
            sql.put("Insights page, 12 months", raw::insightsFromTallies);
            keepOnly(api, bench.opt("cases", ""));
            if (!warm) {
                // Both sides compiled by the JIT before anything is timed: the first case measured
                // otherwise pays for it (90 instead of 540 pages/s at 100k), and until the JIT is
                // quiet every case does (see JitWarmUp).
                JitWarmUp.untilQuiet(sec, 6, () -> {
                    api.forEach((what, call) -> Load.of(conc, 2, call));
                    api.keySet().forEach(what -> Load.of(conc, 2, sql.get(what)));
                });
                warm = true;
            }
            int repeats = bench.intOpt("repeats", 3);
            Repeated rawGet = null;
            for (String what : api.keySet()) {
                List<Load> apiRuns = new ArrayList<>();
                List<Load> rawRuns = new ArrayList<>();
                for (int i = 1; i <= repeats; i++) { // interleaved: a drift of the machine hits both
                    log(sec + ": " + what + ", run " + i + " of " + repeats);
                    if (i == 1) {
                        bench.resetStatementStats();
                    }
                    apiRuns.add(Load.of(conc, secs, api.get(what)));
                    if (i == 1) { // where the API's database time goes, beside the raw SQL's own
                        bench.logStatementStats(6);
                    }
                    rawRuns.add(Load.of(conc, secs, sql.get(what)));
                }
                rows(
                        sec,
                        what,
                        apiRuns,
                        rawRuns,
                        n < 1_000_000
                                ? null
                                : what.startsWith("Inbound")
                                        ? "<= 30 ms"
                                        : what.startsWith("Insights") ? "<= 200 ms" : null,
                        what.startsWith("Customer") ? "<= 20 ms" : null);
                if (what.equals("single GET")) {
                    rawGet = of(rawRuns, l -> round(l.rate()));
                }
            }
            new Ceilings(bench, sec, conc, secs).run(http, token, ids.getFirst(), rawGet);
            long t = System.nanoTime();
            raw.insightsFromRows().block();
            row(
                    sec,
                    "Insights figures computed from the rows instead, once (ms)",
                    null,
                    round((System.nanoTime() - t) / 1e6),
                    null);
        }
    }

    /** The directory of 50,000 companies (once), and what people type of their names. */
    private List<String> directory(String sec) throws Exception {
        List<Customer> companies = BenchDirectory.companies(50_000);
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            if (BulkLoad.count(st, "SELECT count(*) FROM customer") < companies.size()) {
                log("loading the customer directory (50,000 companies) ...");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (id, name, address_line1, "
                        + "city, postal_code, country, region, duns, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")) {
                    for (Customer k : companies) {
                        ps.setObject(1, k.id());
                        ps.setString(2, k.name());
                        ps.setString(3, k.addressLine1());
                        ps.setString(4, k.city());
                        ps.setString(5, k.postalCode());
                        ps.setString(6, k.country());
                        ps.setString(7, k.region());
                        ps.setString(8, k.duns());
                        ps.setString(9, k.size());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                st.execute("VACUUM ANALYZE customer");
            }
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return companies.stream()
                .map(k -> k.name().substring(0, Math.min(k.name().length(), 2 + random.nextInt(4))))
                .distinct()
                .toList();
    }

    /** Tops contoso's "Deal " referrals up to n, with 1% of them bob's favourites. */
    private void load(int n, String sec) throws Exception {
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            long have = BulkLoad.count(
                    st, "SELECT count(*) FROM referral WHERE organization_id = 'contoso' AND name LIKE 'Deal %'");
            log("loading " + (n - have) + " referrals (contoso, Incoming, six stages) ...");
            long t = System.nanoTime();
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n - have,
                    "Deal ",
                    "ARRAY['Received','Accepted','Declined','Won','Lost','Expired']",
                    "now() - make_interval(secs => g * 30)", // over the last year: the insights' months
                    "now() + interval '14 days'");
            st.execute("INSERT INTO favorite (user_id, referral_id) SELECT 'id-bob', id FROM referral "
                    + "WHERE organization_id = 'contoso' AND random() < 0.01 ON CONFLICT DO NOTHING");
            st.execute("VACUUM ANALYZE referral");
            st.execute("VACUUM ANALYZE favorite");
            row(sec, "bulk load (s, SQL generate_series)", round((System.nanoTime() - t) / 1e9), null, null);
        }
    }

    /** Median and spread of each figure over the runs, Co-sell beside raw; the ratio is of the medians. */
    private static void rows(
            String sec, String what, List<Load> api, List<Load> sql, String targetAtScale, String target) {
        row(sec, what + " p50 (ms)", of(api, l -> ms(l.h(), 50)), of(sql, l -> ms(l.h(), 50)), null);
        row(
                sec,
                what + " p99 (ms)",
                of(api, l -> ms(l.h(), 99)),
                of(sql, l -> ms(l.h(), 99)),
                target != null ? target : targetAtScale);
        row(sec, what + " requests/s", of(api, l -> round(l.rate())), of(sql, l -> round(l.rate())), ">= 0.5 x raw");
    }

    /**
     * {@code cases=} names the cases to run by how they begin, letters and digits only, any case
     * ({@code cases=single-GET,inbound}); empty runs all.
     */
    private static void keepOnly(Map<String, ?> cases, String names) {
        if (!names.isBlank()) {
            List<String> wanted =
                    List.of(names.split(",")).stream().map(ApiAtScaleBench::key).toList();
            cases.keySet()
                    .removeIf(what -> wanted.stream().noneMatch(w -> key(what).startsWith(w)));
        }
    }

    private static String key(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static Repeated of(List<Load> runs, java.util.function.ToDoubleFunction<Load> figure) {
        return Repeated.of(runs.stream().map(l -> figure.applyAsDouble(l)).toList());
    }

    static String pick(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }
}
