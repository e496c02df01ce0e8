package com.cosell.bench;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.expiry.ExpiryJob;
import com.cosell.backend.referral.ReferralQuery;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.netty.handler.codec.http.HttpMethod;
import io.r2dbc.postgresql.codec.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.ByteBufMono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Co-sell's performance bench (issue 7): every figure is measured beside the raw limit it approaches,
 * in the same run. Options (key=value arguments, defaults shown): sections=events,api,writes,expiry
 * subscribers=1,100,1000 paced=100 burst=200 referrals=100000 concurrency=8 seconds=5 writes=2000
 * expiry=100000.
 */
public final class Bench {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BOB = "bob";
    static final List<Map<String, Object>> ROWS = Collections.synchronizedList(new ArrayList<>());

    final Map<String, String> opts;
    EmbeddedPostgres pg;
    Issuer issuer;
    ConfigurableApplicationContext ctx;
    String base;
    HttpClient http;
    String bobToken;
    String miaToken;
    String template; // a valid Incoming referral document, the shape of the bulk rows

    Bench(Map<String, String> opts) {
        this.opts = opts;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            if (i > 0) {
                opts.put(a.substring(0, i), a.substring(i + 1));
            }
        }
        Bench b = new Bench(opts);
        long t0 = System.nanoTime();
        try {
            b.start();
            String sections = b.opt("sections", "events,api,writes,expiry");
            if (sections.contains("events")) {
                b.eventLatency();
            }
            if (sections.contains("api")) {
                b.apiAtScale();
            }
            if (sections.contains("writes")) {
                b.writes();
            }
            if (sections.contains("expiry")) {
                b.expiry();
            }
        } catch (Throwable e) {
            e.printStackTrace();
            log("the bench stopped early; the figures so far follow");
        } finally {
            b.report((System.nanoTime() - t0) / 1e9);
            b.stop();
        }
        System.exit(0);
    }

    String opt(String key, String fallback) {
        return opts.getOrDefault(key, System.getProperty("bench." + key, fallback));
    }

    // ---------------------------------------------------------------- set-up

    void start() throws Exception {
        log("starting embedded PostgreSQL 18 ...");
        pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cosell LOGIN PASSWORD 'cosell'");
            s.execute("CREATE DATABASE cosell OWNER cosell");
        }
        issuer = new Issuer();
        log("starting the backend in-process ...");
        ctx = new SpringApplicationBuilder(CosellBackendApplication.class).properties(Map.ofEntries(
                Map.entry("spring.main.banner-mode", "off"))).run("--server.port=0",
                "--DB_PORT=" + pg.getPort(),
                "--cosell.identity.issuer-uri=" + issuer.issuer(),
                "--cosell.identity.jwk-set-uri=" + issuer.jwkSetUri(),
                "--cosell.expiry.enabled=false",
                "--cosell.events.heartbeat=PT10M",
                "--logging.level.root=WARN");
        base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
        http = HttpClient.create(ConnectionProvider.create("bench-api", 64)).baseUrl(base);
        bobToken = issuer.token("bob", "contoso", "REFERRAL_ADMIN");
        miaToken = issuer.token("mia", "microsoft", "SELLER");
        // A seller's referral to contoso gives the shape of an Incoming row for the bulk loads.
        Resp r = call("POST", "/v1.0/engagements/referrals", miaToken, "application/json",
                sellerReferral("Template referral")).block();
        check(r, 201);
        try (Connection c = jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc::text FROM referral WHERE organisation_id = 'contoso' LIMIT 1")) {
            rs.next();
            template = rs.getString(1);
        }
        log("backend up at " + base);
    }

    void stop() {
        try {
            if (ctx != null) {
                ctx.close();
            }
            if (pg != null) {
                pg.close();
            }
        } catch (Exception e) {
            // ending anyway
        }
    }

    Connection jdbc() throws Exception {
        return pg.getDatabase("cosell", "cosell").getConnection();
    }

    // ---------------------------------------------------------------- 1. event latency

    void eventLatency() throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String s : opt("subscribers", "1,100,1000").split(",")) {
            counts.add(Integer.parseInt(s.trim()));
        }
        // Raw PostgreSQL: pg_notify committed by one connection to a LISTEN connection.
        String sample = null;
        // Private deals to change: each change is a referral-updated event to contoso only.
        int pool = Integer.parseInt(opt("burst", "200"));
        log("creating " + pool + " deals to change ...");
        List<String> ids = Flux.range(0, pool).flatMap(i -> call("POST", "/v1.0/engagements/referrals", bobToken,
                "application/json", privateDeal("Bench deal " + i)), 8).map(r -> {
                    check(r, 201);
                    return JSON.readTree(r.body).get("id").asString();
                }).collectList().block();
        DisposableServer raw = RawBroadcast.start();
        Thread listener = commitListener();
        try {
            for (int n : counts) {
                log("event latency with " + n + " subscribers ...");
                // --- Co-sell
                long heap0 = heapAfterGc();
                Subscribers cosell = new Subscribers(n, base.replace("http", "ws") + "/v1.0/engagements/events", bobToken);
                long heapCosell = (heapAfterGc() - heap0) / n;
                int paced = Integer.parseInt(opt("paced", "100"));
                Histogram hw = new Histogram(3);
                AtomicLong value = new AtomicLong(1000);
                Histogram h = new ConcurrentHistogram(3);
                Histogram hc = new ConcurrentHistogram(3);
                cosell.fromCommit = hc;
                int lost = 0;
                for (int i = 0; i < paced + 10; i++) {
                    String id = ids.get(i % ids.size());
                    boolean warm = i < 10;
                    cosell.expect(id, warm ? null : h);
                    long w0 = System.nanoTime();
                    check(call("PATCH", "/v1.0/engagements/referrals/" + id, bobToken, "application/json-patch+json",
                            "[{\"op\":\"replace\",\"path\":\"/details/dealValue\",\"value\":" + value.incrementAndGet() + "}]")
                            .block(), 200);
                    if (!warm) {
                        hw.recordValue((System.nanoTime() - w0) / 1000);
                    }
                    lost += cosell.await(id, n, 10_000);
                    Thread.sleep(5);
                }
                cosell.fromCommit = null; // the burst below queues behind its own writes: paced frames only
                if (sample == null) {
                    sample = cosell.sample;
                }
                // sustained: 4 concurrent writers, every subscriber must get every event
                int burst = Integer.parseInt(opt("burst", "200"));
                Histogram hb = new ConcurrentHistogram(3);
                for (int i = 0; i < burst; i++) {
                    cosell.expect(ids.get(i), hb);
                }
                long s0 = System.nanoTime();
                Flux.range(0, burst).flatMap(i -> call("PATCH", "/v1.0/engagements/referrals/" + ids.get(i), bobToken,
                        "application/json-patch+json", "[{\"op\":\"replace\",\"path\":\"/details/dealValue\",\"value\":"
                                + value.incrementAndGet() + "}]"), 4).blockLast();
                int lostB = cosell.awaitAll((long) burst * n, 60_000);
                double cosellRate = burst / ((cosell.lastArrival.get() - s0) / 1e9);
                cosell.close();

                // --- raw reactor-netty broadcast of the same payload to the same number of clients
                long heap1 = heapAfterGc();
                Subscribers rawSubs = new Subscribers(n, "ws://127.0.0.1:" + raw.port() + "/ws", null);
                long heapRaw = (heapAfterGc() - heap1) / n;
                Histogram hr = new ConcurrentHistogram(3);
                int rawLost = 0;
                String payload = sample;
                for (int i = 0; i < paced + 10; i++) {
                    String key = "k" + n + "-" + i;
                    rawSubs.expect(key, i < 10 ? null : hr);
                    RawBroadcast.send(payload.replace(cosell.sampleId, key));
                    rawLost += rawSubs.await(key, n, 10_000);
                    Thread.sleep(5);
                }
                Histogram hrb = new ConcurrentHistogram(3);
                for (int i = 0; i < burst; i++) {
                    rawSubs.expect("b" + n + "-" + i, hrb);
                }
                long r0 = System.nanoTime();
                for (int i = 0; i < burst; i++) {
                    RawBroadcast.send(payload.replace(cosell.sampleId, "b" + n + "-" + i));
                }
                int rawLostB = rawSubs.awaitAll((long) burst * n, 60_000);
                double rawRate = burst / ((rawSubs.lastArrival.get() - r0) / 1e9);
                rawSubs.close();

                String sec = "1. events, " + n + " subscriber" + (n == 1 ? "" : "s");
                row(sec, "latency p50 (ms), API write -> WS frame", ms(h, 50), ms(hr, 50), null);
                row(sec, "latency p99 (ms)", ms(h, 99), ms(hr, 99),
                        n == 1000 ? "<= 50 ms" : null);
                row(sec, "latency max (ms)", ms(h, 100), ms(hr, 100), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p50 (ms)", ms(hc, 50), ms(hr, 50), null);
                row(sec, "commit (seen by a LISTEN) -> WS frame p99 (ms)", ms(hc, 99), ms(hr, 99), null);
                row(sec, "  of which the API write's own response p50/p99 (ms)", ms(hw, 50) + " / " + ms(hw, 99), null, null);
                row(sec, "events/s sustained (all subscribers got each)", round(cosellRate), round(rawRate), null);
                row(sec, "burst delivery p99 (ms)", ms(hb, 99), ms(hrb, 99), null);
                if (n >= 100) {
                    row(sec, "heap per connection incl. bench client (KB)", round(heapCosell / 1024.0),
                            round(heapRaw / 1024.0), null);
                    row(sec, "connections in 1 GiB at that rate (server+client)", Math.round((1L << 30) / (double) heapCosell),
                            Math.round((1L << 30) / (double) heapRaw), "10,000");
                }
                row(sec, "lost/late deliveries (paced, burst)", lost + lostB, rawLost + rawLostB, null);
            }
        } finally {
            raw.disposeNow();
            listener.interrupt();
        }
        rawNotify(sample);
    }

    /** pg_notify committed by one JDBC connection, received by another that LISTENs. */
    void rawNotify(String payload) throws Exception {
        log("raw LISTEN/NOTIFY ...");
        try (Connection listen = jdbc(); Connection notify = jdbc()) {
            try (Statement s = listen.createStatement()) {
                s.execute("LISTEN bench");
            }
            PGConnection pgl = listen.unwrap(PGConnection.class);
            Histogram h = new Histogram(3);
            try (PreparedStatement ps = notify.prepareStatement("SELECT pg_notify('bench', ?)")) {
                for (int i = 0; i < 2200; i++) {
                    ps.setString(1, payload);
                    long t = System.nanoTime();
                    ps.execute();
                    PGNotification[] got = null;
                    while (got == null || got.length == 0) {
                        got = pgl.getNotifications(10_000);
                    }
                    if (i >= 200) {
                        h.recordValue((System.nanoTime() - t) / 1000);
                    }
                }
                int k = 5000;
                long t = System.nanoTime();
                for (int i = 0; i < k; i++) {
                    ps.setString(1, payload);
                    ps.execute();
                }
                int seen = 0;
                while (seen < k) {
                    PGNotification[] got = pgl.getNotifications(10_000);
                    if (got == null || got.length == 0) {
                        break;
                    }
                    seen += got.length;
                }
                double rate = seen / ((System.nanoTime() - t) / 1e9);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN p50 (ms)", ms(h, 50), null, null);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN p99 (ms)", ms(h, 99), null, null);
                row("1. raw baseline", "PostgreSQL NOTIFY->LISTEN max (ms)", ms(h, 100), null, null);
                row("1. raw baseline", "PostgreSQL notifies/s (one connection)", round(rate), null, null);
                // The issue's ratio: Co-sell p99 at 1,000 subscribers vs raw LISTEN/NOTIFY p99.
                for (Map<String, Object> r : new ArrayList<>(ROWS)) {
                    String m = r.get("metric").toString();
                    if (r.get("section").toString().startsWith("1. events")
                            && (m.equals("latency p99 (ms)") || m.startsWith("commit (seen by a LISTEN) -> WS frame p99"))
                            && r.get("cosell") instanceof Double c) {
                        // commit -> frame is measured from the NOTIFY's arrival, so the raw NOTIFY p50 is added back
                        double total = m.startsWith("commit") ? c + ms(h, 50) : c;
                        Map<String, Object> x = row(r.get("section").toString(), (m.startsWith("commit")
                                        ? "(commit->frame p99 + NOTIFY p50)" : "(API write->frame p99)") + " / raw LISTEN p99",
                                round(total / ms(h, 99)), null,
                                r.get("section").toString().endsWith("1000 subscribers") ? "<= 3 x" : null);
                        x.put("ratio", x.get("cosell"));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- 3. API at scale

    void apiAtScale() throws Exception {
        for (String s : opt("referrals", "100000").split(",")) {
            int n = Integer.parseInt(s.trim());
            try (Connection c = jdbc(); Statement st = c.createStatement()) {
                long have = count(st, "SELECT count(*) FROM referral WHERE organisation_id = 'contoso' AND name LIKE 'Deal %'");
                log("loading " + (n - have) + " referrals (contoso, Incoming, six stages) ...");
                long t = System.nanoTime();
                bulkInsert(c, n - have, "Deal ", "ARRAY['Received','Accepted','Declined','Won','Lost','Expired']",
                        "now() - make_interval(secs => g)", "now() + interval '14 days'");
                st.execute("INSERT INTO favorite (user_id, referral_id) SELECT 'id-bob', id FROM referral "
                        + "WHERE organisation_id = 'contoso' AND random() < 0.01 ON CONFLICT DO NOTHING");
                st.execute("VACUUM ANALYZE referral");
                st.execute("VACUUM ANALYZE favorite");
                row("3. API, " + fmt(n) + " referrals", "bulk load (s, SQL generate_series)", round((System.nanoTime() - t) / 1e9), null, null);
            }
            List<String> ids;
            try (Connection c = jdbc(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM referral WHERE organisation_id = 'contoso' ORDER BY random() LIMIT 1000")) {
                ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            String term = "ab1";
            Map<String, String> tabs = new LinkedHashMap<>();
            tabs.put("Inbound page by stage", "direction eq 'Incoming' and substatus eq 'Received'");
            tabs.put("Favourites page", "favorite eq true");
            tabs.put("Name search page", "direction eq 'Incoming' and (contains(name,'" + term + "') or contains(customerProfile/name,'"
                    + term + "'))");
            int conc = Integer.parseInt(opt("concurrency", "8"));
            double secs = Double.parseDouble(opt("seconds", "5"));
            DatabaseClient db = ctx.getBean(DatabaseClient.class);
            String sec = "3. API, " + fmt(n) + " referrals";
            for (var tab : tabs.entrySet()) {
                log(sec + ": " + tab.getKey());
                String uri = "/v1.0/engagements/referrals?$top=50&$count=true&$orderby=" + enc("updatedDateTime desc")
                        + "&$filter=" + enc(tab.getValue());
                Load api = load(conc, secs, () -> call("GET", uri, bobToken, null, null).map(r -> check(r, 200)));
                ReferralQuery q = ReferralQuery.parse(tab.getValue(), "updatedDateTime desc", "50", "0", "true");
                Load sql = load(conc, secs, () -> rawList(db, q));
                loadRows(sec, tab.getKey(), api, sql, tab.getKey().startsWith("Inbound") && n >= 1_000_000 ? "<= 30 ms" : null);
                if (tab.getKey().startsWith("Name")) {
                    // The API's contains() is "column ILIKE :p", which the lower(column) trigram indexes cannot
                    // serve; the same search written as lower(column) LIKE lower(:p) can use them.
                    String fixed = q.filter().sql().replaceAll("(r\\.\\w+) ILIKE (:\\w+)", "lower($1) LIKE lower($2)");
                    ReferralQuery indexed = new ReferralQuery(q.rawFilter(), q.rawOrderBy(),
                            new com.cosell.backend.odata.SqlFragment(fixed, q.filter().parameters()), q.orderBy(), q.top(),
                            q.skip(), q.count());
                    Load ix = load(conc, secs, () -> rawList(db, indexed));
                    row(sec, "Name search, lower(col) LIKE (trigram index) p50 (ms)", "-", ms(ix.h, 50), null);
                    row(sec, "Name search, lower(col) LIKE (trigram index) p99 (ms)", "-", ms(ix.h, 99), null);
                    row(sec, "Name search, lower(col) LIKE (trigram index) req/s", "-", round(ix.rate), null);
                }
            }
            log(sec + ": single GET");
            Load api = load(conc, secs, () -> call("GET", "/v1.0/engagements/referrals/" + pick(ids), bobToken, null, null)
                    .map(r -> check(r, 200)));
            Load sql = load(conc, secs, () -> rawGet(db, UUID.fromString(pick(ids))));
            loadRows(sec, "single GET", api, sql, null);
        }
    }

    void loadRows(String sec, String what, Load api, Load sql, String target) {
        row(sec, what + " p50 (ms)", ms(api.h, 50), ms(sql.h, 50), null);
        row(sec, what + " p99 (ms)", ms(api.h, 99), ms(sql.h, 99), target);
        Map<String, Object> r = row(sec, what + " requests/s", round(api.rate), round(sql.rate), ">= 0.5 x raw");
        r.put("ratio", round(api.rate / sql.rate));
    }

    /** The same three statements the service runs for a list: page, count, the caller's favourites among the page. */
    Mono<Integer> rawList(DatabaseClient db, ReferralQuery q) {
        Map<String, Object> params = new LinkedHashMap<>(q.filter().parameters());
        String page = "SELECT r.doc, r.version FROM referral r WHERE r.organisation_id = :org AND (" + q.filter().sql()
                + ") ORDER BY " + q.orderBy() + " LIMIT :top OFFSET :skip";
        String count = "SELECT count(*) AS n FROM referral r WHERE r.organisation_id = :org AND (" + q.filter().sql() + ")";
        if (page.contains(":callerUser")) {
            params.put("callerUser", "id-bob");
        }
        DatabaseClient.GenericExecuteSpec ps = db.sql(page).bind("org", "contoso").bind("top", q.top() + 1).bind("skip", q.skip());
        DatabaseClient.GenericExecuteSpec cs = db.sql(count).bind("org", "contoso");
        for (var p : params.entrySet()) {
            ps = ps.bind(p.getKey(), p.getValue());
            cs = cs.bind(p.getKey(), p.getValue());
        }
        Mono<List<String>> rows = ps.map(row -> row.get("doc", Json.class).asString()).all().collectList();
        Mono<Long> n = cs.map(row -> row.get("n", Long.class)).one();
        return Mono.zip(rows.flatMap(list -> favouritesAmong(db, list.size()).thenReturn(list)), n)
                .map(t -> t.getT1().size());
    }

    Mono<Integer> favouritesAmong(DatabaseClient db, int size) {
        UUID[] some = new UUID[Math.max(1, size)];
        for (int i = 0; i < some.length; i++) {
            some[i] = UUID.randomUUID();
        }
        return db.sql("SELECT referral_id FROM favorite WHERE user_id = :u AND referral_id = ANY(:ids)")
                .bind("u", "id-bob").bind("ids", some).map(row -> 1).all().count().map(Long::intValue);
    }

    /** The statements behind a single GET: the row, the caller's favourite flag, the related copies. */
    Mono<Integer> rawGet(DatabaseClient db, UUID id) {
        return db.sql("SELECT doc, version, engagement_id FROM referral WHERE id = :id AND organisation_id = :org")
                .bind("id", id).bind("org", "contoso")
                .map(row -> row.get("engagement_id", UUID.class)).one()
                .flatMap(e -> Mono.zip(favouritesAmong(db, 1),
                        db.sql("SELECT doc, version FROM referral WHERE engagement_id = :e AND organisation_id <> :org "
                                + "ORDER BY created_at").bind("e", e).bind("org", "contoso")
                                .map(row -> row.get("doc", Json.class).asString()).all().count()))
                .map(t -> 1);
    }

    // ---------------------------------------------------------------- 4. writes and expiry

    void writes() throws Exception {
        int n = Integer.parseInt(opt("writes", "2000"));
        log("accept/decline throughput over " + n + " received referrals ...");
        List<String> ids = new ArrayList<>();
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            bulkInsert(c, n, "Write ", "ARRAY['Received']", "now() - make_interval(secs => g)", "now() + interval '14 days'");
            st.execute("ANALYZE referral");
            try (ResultSet rs = st.executeQuery("SELECT id FROM referral WHERE name LIKE 'Write %'")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        long events0 = eventCount();
        String accept = """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/currency", "value": "USD"},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-ACC-1"}]""".formatted(closeDate());
        String decline = """
                [{"op": "replace", "path": "/status", "value": "Closed"},
                 {"op": "replace", "path": "/substatus", "value": "Declined"},
                 {"op": "add", "path": "/statusReason", "value": "TimelineTooShort"}]""";
        Histogram h = new ConcurrentHistogram(3);
        AtomicLong failed = new AtomicLong();
        int conc = Integer.parseInt(opt("concurrency", "8"));
        long t = System.nanoTime();
        Flux.range(0, ids.size()).flatMap(i -> {
            long s = System.nanoTime();
            return call("PATCH", "/v1.0/engagements/referrals/" + ids.get(i), bobToken, "application/json-patch+json",
                    i % 2 == 0 ? accept : decline).doOnNext(r -> {
                        h.recordValue((System.nanoTime() - s) / 1000);
                        if (r.status != 200) {
                            if (failed.getAndIncrement() == 0) {
                                log("write failed: " + r.status + " " + r.body);
                            }
                        }
                    });
        }, conc).blockLast();
        double secs = (System.nanoTime() - t) / 1e9;
        long events = eventCount() - events0;
        String sec = "4. writes";
        row(sec, "accept/decline per second (" + conc + " concurrent)", round(ids.size() / secs), null, null);
        row(sec, "accept/decline p50 / p99 (ms)", ms(h, 50) + " / " + ms(h, 99), null, null);
        row(sec, "events emitted per second (incl. notifications)", round(events / secs), null, null);
        row(sec, "failed writes", failed.get(), null, null);
    }

    void expiry() throws Exception {
        int n = Integer.parseInt(opt("expiry", "100000"));
        log("expiring " + n + " due referrals ...");
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            bulkInsert(c, n, "Due ", "ARRAY['Received']", "now() - interval '20 days' + make_interval(secs => g)",
                    "now() - interval '1 hour'");
            // The sender's (microsoft's) copy of each, so expiry also notifies the sender, as in real use.
            st.execute("""
                    INSERT INTO referral (id, engagement_id, organisation_id, version, name, status, substatus, type, direction,
                        deal_value, currency, closing_at, customer_name, customer_city, customer_country, created_at, updated_at,
                        expiration_at, doc)
                    SELECT nid, engagement_id, 'microsoft', 1, name, 'Active', 'Accepted', type, 'Outgoing', deal_value, currency,
                        closing_at, customer_name, customer_city, customer_country, created_at, updated_at, NULL,
                        (doc - 'expirationDateTime') || jsonb_build_object('id', nid, 'organizationId', 'microsoft',
                            'direction', 'Outgoing', 'status', 'Active', 'substatus', 'Accepted')
                    FROM (SELECT gen_random_uuid() AS nid, * FROM referral WHERE name LIKE 'Due %') d""");
            st.execute("ANALYZE referral");
        }
        ExpiryJob job = ctx.getBean(ExpiryJob.class);
        long t = System.nanoTime();
        Integer expired = job.run().block();
        double secs = (System.nanoTime() - t) / 1e9;
        long events;
        long distinctEvents;
        long notes;
        long distinctNotes;
        long stillDue;
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'Due %' AND r.organisation_id = 'contoso' AND e.type = 'referral-updated'
                  AND e.actor_name = 'Co-sell'""")) {
                rs.next();
                events = rs.getLong(1);
                distinctEvents = rs.getLong(2);
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT n.referral_id) FROM notification n JOIN referral r ON r.id = n.referral_id
                    WHERE r.name LIKE 'Due %' AND n.kind = 'EXPIRED'""")) {
                rs.next();
                notes = rs.getLong(1);
                distinctNotes = rs.getLong(2);
            }
            stillDue = count(st, "SELECT count(*) FROM referral WHERE name LIKE 'Due %' AND substatus = 'Received'");
            try (ResultSet rs = st.executeQuery("""
                    SELECT count(*), count(DISTINCT e.referral_id) FROM referral_event e JOIN referral r ON r.id = e.referral_id
                    WHERE r.name LIKE 'Due %' AND r.organisation_id = 'microsoft' AND e.type = 'related-referral-updated'""")) {
                rs.next();
                row("4. expiry job", "sender events / distinct sender referrals", rs.getLong(1) + " / " + rs.getLong(2), null,
                        "each exactly once");
            }
        }
        String sec = "4. expiry job";
        row(sec, "time to expire " + fmt(n) + " due referrals (s)", round(secs), null, "<= 10 s");
        row(sec, "referrals expired per second", round((expired == null ? 0 : expired) / secs), null, null);
        row(sec, "expired / events / distinct referrals in events", expired + " / " + events + " / " + distinctEvents,
                null, "each exactly once");
        row(sec, "EXPIRED notifications / distinct referrals", notes + " / " + distinctNotes, null, "each exactly once");
        row(sec, "left unexpired", stillDue, null, "0");
    }

    long eventCount() throws Exception {
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            return count(st, "SELECT count(*) FROM referral_event");
        }
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows in the referral table's shape, generated in SQL, each with a document the API reads. */
    void bulkInsert(Connection c, long n, String prefix, String stages, String updated, String expires) throws Exception {
        if (n <= 0) {
            return;
        }
        String sql = """
                INSERT INTO referral (id, engagement_id, organisation_id, version, name, status, substatus, type, direction,
                    deal_value, currency, closing_at, customer_name, customer_city, customer_country, created_at, updated_at,
                    expiration_at, doc)
                SELECT id, eng, 'contoso', 1, nm, st, sub, 'Shared', 'Incoming', 1000 + g, 'USD', now() + interval '60 days',
                    cust, 'San Francisco', 'US', ts, ts, exp,
                    jsonb_set(CAST(? AS jsonb), '{customerProfile,name}', to_jsonb(cust)) || jsonb_build_object(
                        'id', id, 'engagementId', eng, 'name', nm, 'status', st, 'substatus', sub,
                        'createdDateTime', to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'updatedDateTime', to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'expirationDateTime', to_char(exp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                FROM (SELECT g, gen_random_uuid() AS id, gen_random_uuid() AS eng, ? || md5(g::text) AS nm,
                             'Customer ' || substr(md5((g * 7)::text), 1, 10) AS cust, %s AS ts,
                             CASE WHEN sub = 'Received' THEN %s END AS exp, sub,
                             CASE sub WHEN 'Received' THEN 'New' WHEN 'Accepted' THEN 'Active' ELSE 'Closed' END AS st
                      FROM (SELECT g, (%s)[1 + g %% cardinality(%s)] AS sub FROM generate_series(1, ?) g) x) y
                """.formatted(updated, expires, stages, stages);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, template);
            ps.setString(2, prefix);
            ps.setLong(3, n);
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- load generator

    record Load(Histogram h, double rate, long errors) {
    }

    /** Closed loop: {@code conc} requests in flight for {@code secs} after a warm-up of a third as long. */
    static Load load(int conc, double secs, Supplier<Mono<?>> request) {
        run(conc, secs / 3, request, new Histogram(3));
        Histogram h = new Histogram(3);
        long[] done = run(conc, secs, request, h);
        return new Load(h, done[0] / (done[1] / 1e9), done[2]);
    }

    static long[] run(int conc, double secs, Supplier<Mono<?>> request, Histogram h) {
        long end = System.nanoTime() + (long) (secs * 1e9);
        AtomicLong n = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long t = System.nanoTime();
        Flux.range(0, conc).flatMap(w -> Mono.defer(() -> {
            long s = System.nanoTime();
            return request.get().doOnSuccess(x -> {
                synchronized (h) {
                    h.recordValue((System.nanoTime() - s) / 1000);
                }
                n.incrementAndGet();
            }).onErrorResume(e -> {
                if (errors.getAndIncrement() == 0) {
                    log("request failed: " + e);
                }
                return Mono.empty();
            });
        }).repeat(() -> System.nanoTime() < end), conc).blockLast();
        return new long[] {n.get(), System.nanoTime() - t, errors.get()};
    }

    // ---------------------------------------------------------------- HTTP

    record Resp(int status, String body) {
    }

    Mono<Resp> call(String method, String uri, String token, String contentType, String body) {
        return http.headers(h -> {
                    h.set("Authorization", "Bearer " + token);
                    if (contentType != null) {
                        h.set("Content-Type", contentType);
                    }
                }).request(HttpMethod.valueOf(method)).uri(uri)
                .send(body == null ? Mono.empty() : ByteBufMono.fromString(Mono.just(body)))
                .responseSingle((res, buf) -> buf.asString().defaultIfEmpty("").map(s -> new Resp(res.status().code(), s)));
    }

    static Resp check(Resp r, int status) {
        if (r.status != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status + ": " + r.body);
        }
        return r;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String pick(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    // ---------------------------------------------------------------- WebSocket subscribers

    /** When a LISTEN connection of the bench saw each event's commit (NOTIFY payload = seq). */
    static final Map<Long, Long> COMMITS = new ConcurrentHashMap<>();

    Thread commitListener() throws Exception {
        Connection c = jdbc();
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN cosell_events");
        }
        PGConnection pgc = c.unwrap(PGConnection.class);
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    PGNotification[] got = pgc.getNotifications(500);
                    long now = System.nanoTime();
                    if (got != null) {
                        for (PGNotification n : got) {
                            COMMITS.put(Long.parseLong(n.getParameter()), now);
                        }
                    }
                }
            } catch (Exception e) {
                // stopped
            }
        }, "commit-listener");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** n WebSocket clients; each records, per expected key, the delay from {@link #expect} to its frame. */
    static final class Subscribers {
        volatile Histogram fromCommit;
        final List<Disposable> connections = new ArrayList<>();
        final Map<String, Expected> expected = new ConcurrentHashMap<>();
        final AtomicLong ready = new AtomicLong();
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong lastArrival = new AtomicLong();
        volatile String sample;
        volatile String sampleId;

        record Expected(long t0, Histogram h, AtomicLong count) {
        }

        Subscribers(int n, String url, String token) throws InterruptedException {
            HttpClient client = HttpClient.create(ConnectionProvider.newConnection()).headers(h -> {
                if (token != null) {
                    h.set("Authorization", "Bearer " + token);
                }
            });
            for (int i = 0; i < n; i++) {
                connections.add(client.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(1 << 20).build())
                        .uri(url).handle((in, out) -> in.aggregateFrames(1 << 20).receive().asString().doOnNext(this::onMessage))
                        .subscribe(x -> { }, e -> log("subscriber failed: " + e)));
                if (i % 100 == 99) {
                    waitFor(() -> ready.get() >= connections.size() - 50, 60_000);
                }
            }
            if (!waitFor(() -> ready.get() >= n, 120_000)) {
                throw new IllegalStateException("only " + ready.get() + " of " + n + " subscribers ready");
            }
        }

        void onMessage(String text) {
            long now = System.nanoTime();
            int i = text.indexOf("\"referralId\":\"");
            if (i < 0) {
                if (text.contains("\"type\":\"ready\"")) {
                    ready.incrementAndGet();
                }
                return;
            }
            int s = i + 14;
            String key = text.substring(s, text.indexOf('"', s));
            Expected e = expected.get(key);
            if (e == null) {
                return;
            }
            if (sample == null) {
                sampleId = key;
                sample = text;
            }
            if (e.h != null) {
                e.h.recordValue((now - e.t0) / 1000);
                Histogram fc = fromCommit;
                int q = text.indexOf("\"seq\":");
                if (fc != null && q >= 0) {
                    int a = q + 6;
                    int b = a;
                    while (b < text.length() && Character.isDigit(text.charAt(b))) {
                        b++;
                    }
                    Long c = COMMITS.get(Long.parseLong(text.substring(a, b)));
                    if (c != null) {
                        fc.recordValue(Math.max(0, now - c) / 1000);
                    }
                }
            }
            e.count.incrementAndGet();
            delivered.incrementAndGet();
            lastArrival.accumulateAndGet(now, Math::max);
        }

        void expect(String key, Histogram h) {
            expected.put(key, new Expected(System.nanoTime(), h, new AtomicLong()));
        }

        /** Waits until n frames for key arrived; returns how many did not. */
        int await(String key, int n, long timeoutMs) {
            Expected e = expected.get(key);
            waitFor(() -> e.count.get() >= n, timeoutMs);
            expected.remove(key);
            delivered.addAndGet(-e.count.get());
            return (int) Math.max(0, n - e.count.get());
        }

        int awaitAll(long n, long timeoutMs) {
            waitFor(() -> delivered.get() >= n, timeoutMs);
            int missing = (int) Math.max(0, n - delivered.get());
            expected.clear();
            delivered.set(0);
            return missing;
        }

        void close() {
            connections.forEach(Disposable::dispose);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static boolean waitFor(Supplier<Boolean> cond, long timeoutMs) {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!cond.get()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(0, 200_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The raw limit: reactor-netty, no Spring, one shared sink, the same payload to every client. */
    static final class RawBroadcast {
        static final java.util.Set<Sinks.Many<String>> QUEUES = ConcurrentHashMap.newKeySet();

        static DisposableServer start() {
            return reactor.netty.http.server.HttpServer.create().host("127.0.0.1").port(0)
                    .route(r -> r.ws("/ws", (in, out) -> {
                        Sinks.Many<String> q = Sinks.many().unicast().onBackpressureBuffer(
                                new java.util.concurrent.ArrayBlockingQueue<>(1000));
                        QUEUES.add(q);
                        return Mono.firstWithSignal(
                                out.sendString(Flux.concat(Mono.just("{\"type\":\"ready\"}"), q.asFlux())).then(),
                                in.receive().then()).doFinally(x -> QUEUES.remove(q));
                    }))
                    .bindNow();
        }

        static synchronized void send(String payload) {
            for (Sinks.Many<String> q : QUEUES) {
                q.tryEmitNext(payload);
            }
        }
    }

    // ---------------------------------------------------------------- issuer

    /** Publishes a JWK set over HTTP and mints RS256 tokens, as the backend's TestIssuer does. */
    static final class Issuer {
        final RSAKey key;
        final HttpServer server;

        Issuer() throws Exception {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        }

        String jwkSetUri() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        }

        String token(String user, String org, String... roles) throws Exception {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).subject("id-" + user)
                    .audience(List.of("cosell-api")).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(3, ChronoUnit.HOURS)))
                    .claim("preferred_username", user).claim("name", user + " Bench").claim("email", user + "@example.com")
                    .claim("org", org).claim("roles", List.of(roles)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
    }

    // ---------------------------------------------------------------- bodies

    static String closeDate() {
        return Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String privateDeal(String name) {
        return """
                {"name": "%s", "type": "Independent", "externalReferenceId": "CRM-%s",
                 "customerProfile": {"name": "Woodgrove Bank", "size": "1000+",
                   "address": {"addressLine1": "100 Teheran-ro", "city": "Seoul", "postalCode": "06142", "country": "KR"},
                   "team": [{"firstName": "Jin", "lastName": "Seo", "phoneNumber": "+82 2 555 0100", "email": "jin.seo@woodgrove.example"}]},
                 "consent": {"consentToContact": true, "consentToToShareInfoWithOthers": false},
                 "details": {"notes": "bench", "dealValue": 125000.50, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                 "team": [{"firstName": "Bob", "lastName": "Lee", "phoneNumber": "+82 10 1234 5678", "email": "bob@contoso.example.com"}]}"""
                .formatted(name, UUID.randomUUID(), closeDate());
    }

    static String sellerReferral(String name) {
        return """
                {"name": "%s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders",
                   "address": {"addressLine1": "1 Market St", "city": "San Francisco", "state": "CA", "country": "US"},
                   "team": [{"firstName": "Ana", "lastName": "Ruiz", "phoneNumber": "+1 415 555 0100", "email": "ana@northwind.example"}]},
                 "consent": {"consentToContact": true},
                 "details": {"dealValue": 80000, "currency": "USD", "closingDateTime": "%s",
                   "requirements": {"solutions": [{"id": "00000000-0000-4000-8000-000000000101"}]}},
                 "inviteContext": {"notes": "Customer wants a migration partner"}}""".formatted(name, closeDate());
    }

    // ---------------------------------------------------------------- results

    static Map<String, Object> row(String section, String metric, Object cosell, Object raw, String target) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("section", section);
        r.put("metric", metric);
        r.put("cosell", cosell);
        r.put("raw", raw);
        if (cosell instanceof Double c && raw instanceof Double w && w > 0) {
            r.put("ratio", round(c / w));
        }
        if (target != null) {
            r.put("target", target);
        }
        ROWS.add(r);
        System.out.printf(Locale.ROOT, "  %-28s %-52s %12s %12s%n", section, metric, cosell, raw == null ? "" : raw);
        return r;
    }

    void report(double seconds) throws Exception {
        StringBuilder sb = new StringBuilder();
        String line = "-".repeat(132) + "\n";
        sb.append("\nCo-sell bench (").append(Runtime.getRuntime().availableProcessors()).append(" cores, heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB, embedded PostgreSQL 18, run ")
                .append(Math.round(seconds)).append(" s)\n").append(line);
        sb.append(String.format(Locale.ROOT, "%-28s %-52s %12s %12s %8s  %s%n", "section", "metric", "Co-sell", "raw", "ratio", "target"));
        sb.append(line);
        for (Map<String, Object> r : ROWS) {
            sb.append(String.format(Locale.ROOT, "%-28s %-52s %12s %12s %8s  %s%n", r.get("section"), r.get("metric"),
                    r.get("cosell"), r.get("raw") == null ? "" : r.get("raw"), r.get("ratio") == null ? "" : r.get("ratio"),
                    r.get("target") == null ? "" : r.get("target")));
        }
        sb.append(line);
        System.out.println(sb);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20, "java", System.getProperty("java.version")));
        out.put("options", opts);
        out.put("seconds", round(seconds));
        out.put("results", ROWS);
        Path file = Path.of("target", "bench-results.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        System.out.println("figures written to " + file.toAbsolutePath());
    }

    static double ms(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return Double.NaN;
        }
        long us = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
        return round(us / 1000.0);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void log(String s) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + s);
    }
}
