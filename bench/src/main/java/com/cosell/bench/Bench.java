package com.cosell.bench;

import static com.cosell.bench.Report.log;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.bench.api.ApiAtScaleBench;
import com.cosell.bench.events.EventLatencyBench;
import com.cosell.bench.support.Http;
import com.cosell.bench.webhooks.WebhooksBench;
import com.cosell.bench.writes.ExpiryBench;
import com.cosell.bench.writes.WritesBench;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Co-sell's performance bench (issue 7): every figure is measured beside the raw limit it approaches,
 * in the same run. Options (key=value arguments, defaults shown): sections=events,api,writes,expiry,webhooks
 * (and csv) subscribers=1,100,1000,10000 paced=100 burst=200 referrals=100000 concurrency=8 seconds=5 writes=2000
 * expiry=100000 fleetHeap=2g (the -Xmx of the JVM that holds the WebSocket subscribers) webhookEvents=5000
 * webhookChanges=60 webhookRuns=3 webhookPolls=PT1S,PT0.05S csvReferrals=100000 csvImport=5000 csvRuns=5, and any
 * backend.&lt;property&gt;=value for the backend (e.g. backend.cosell.expiry.batch-size=2000).
 *
 * <p>This class parses the options, starts embedded PostgreSQL, the JWT issuer and the backend
 * in-process, runs the sections asked for and prints the report; each section is its own class.
 */
public final class Bench {

    private final Map<String, String> opts;
    private EmbeddedPostgres pg;
    private ConfigurableApplicationContext ctx;
    private String base;
    private Http http;
    private String bobToken;
    private String adminToken;
    private String template;

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
            String sections = b.opt("sections", "events,api,writes,expiry,webhooks");
            if (sections.contains("events")) {
                new EventLatencyBench(b).run();
            }
            if (sections.contains("api")) {
                new ApiAtScaleBench(b).run();
            }
            if (sections.contains("writes")) {
                new WritesBench(b).run();
            }
            if (sections.contains("expiry")) {
                new ExpiryBench(b).run();
            }
            if (sections.contains("webhooks")) {
                new WebhooksBench(b).run();
            }
            if (sections.contains("csv")) {
                new com.cosell.bench.csv.CsvBench(b).run();
            }
        } catch (Throwable e) {
            e.printStackTrace();
            log("the bench stopped early; the figures so far follow");
        } finally {
            Report.write(opts, (System.nanoTime() - t0) / 1e9);
            b.stop();
        }
        System.exit(0);
    }

    public String opt(String key, String fallback) {
        return opts.getOrDefault(key, System.getProperty("bench." + key, fallback));
    }

    public int intOpt(String key, int fallback) {
        return Integer.parseInt(opt(key, Integer.toString(fallback)));
    }

    private void start() throws Exception {
        log("starting embedded PostgreSQL 18 ...");
        pg = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                // Database time per statement, for the sections that log where their time goes.
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cosell LOGIN PASSWORD 'cosell'");
            s.execute("CREATE DATABASE cosell OWNER cosell");
        }
        TestIssuer issuer = TestIssuer.get();
        log("starting the backend in-process ...");
        ctx = new SpringApplicationBuilder(CosellBackendApplication.class)
                .properties(Map.ofEntries(Map.entry("spring.main.banner-mode", "off")))
                .run(backendArgs(
                        "--server.port=0",
                        "--DB_PORT=" + pg.getPort(),
                        "--cosell.identity.issuer-uri=" + issuer.issuer(),
                        "--cosell.identity.jwk-set-uri=" + issuer.jwkSetUri(),
                        "--cosell.expiry.enabled=false",
                        // The expiry section's due referrals would be reminded of at the same time, in
                        // one statement that ran for 9 s beside the job at 1M.
                        "--cosell.reminders.enabled=false",
                        "--cosell.events.heartbeat=PT10M",
                        // The bench measures the service itself: one user sends far more than a user may.
                        "--cosell.rate-limits.enabled=false",
                        // ... and holds all the events section's streams as bob (a user may hold 50).
                        "--cosell.events.max-streams-per-user=1000000",
                        // The webhooks section starts its own delivery workers (one poll interval each) and
                        // delivers to a receiver on loopback over plain http.
                        "--cosell.webhooks.worker-enabled=false",
                        "--cosell.webhooks.allow-private-targets=true",
                        "--cosell.webhooks.allow-http=true",
                        "--logging.level.root=WARN"));
        base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
        http = new Http(base);
        bobToken = token(issuer, "bob", "contoso", "REFERRAL_ADMIN");
        adminToken = token(issuer, "alice", "contoso", "MPN_ADMIN");
        String miaToken = token(issuer, "mia", "microsoft", "SELLER");
        // A seller's referral to contoso gives the shape of an Incoming row for the bulk loads.
        Http.check(
                http.call(
                                "POST",
                                "/v1.0/engagements/referrals",
                                miaToken,
                                "application/json",
                                Deals.sellerReferral("Template referral", "contoso"))
                        .block(),
                201);
        try (Connection c = jdbc();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT doc::text FROM referral WHERE organization_id = 'contoso' LIMIT 1")) {
            rs.next();
            template = rs.getString(1);
        }
        log("backend up at " + base);
    }

    /** The backend tests' token, valid for three hours: longer than any run. */
    private static String token(TestIssuer issuer, String user, String org, String role) {
        return issuer.token(
                user,
                org,
                List.of(role),
                claims -> claims.expirationTime(Date.from(Instant.now().plus(3, ChronoUnit.HOURS))));
    }

    /** The backend's arguments: ours, then every {@code backend.<property>=value} option given. */
    private String[] backendArgs(String... ours) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(ours));
        opts.forEach((k, v) -> {
            if (k.startsWith("backend.")) {
                args.add("--" + k.substring("backend.".length()) + "=" + v);
            }
        });
        return args.toArray(String[]::new);
    }

    private void stop() {
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

    /** Starts counting database time per statement afresh (pg_stat_statements). */
    public void resetStatementStats() throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            st.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The database time of every statement in Co-sell's database since the reset, in seconds. */
    public double statementSeconds() throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(sum(s.total_exec_time), 0) FROM pg_stat_statements s"
                        + " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'cosell'")) {
            rs.next();
            return rs.getDouble(1) / 1000;
        }
    }

    /** Logs the statements that took the most database time since the reset: where a section's time goes. */
    public void logStatementStats(int top) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT round(total_exec_time) AS ms, calls, rows,"
                        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements"
                        + " ORDER BY total_exec_time DESC LIMIT " + top)) {
            while (rs.next()) {
                log(String.format(
                        "db time %6d ms, %5d calls, %7d rows: %s",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
            }
        }
    }

    public Connection jdbc() throws Exception {
        return pg.getDatabase("cosell", "cosell").getConnection();
    }

    /** For a process of its own (the subscriber fleet) that opens its own connection. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/cosell?user=cosell&password=cosell";
    }

    public <T> T bean(Class<T> type) {
        return ctx.getBean(type);
    }

    /** The backend's base URL, http://127.0.0.1:port. */
    public String base() {
        return base;
    }

    public Http http() {
        return http;
    }

    /** contoso's REFERRAL_ADMIN: owns the bulk-loaded Incoming referrals and subscribes to contoso's events. */
    public String bobToken() {
        return bobToken;
    }

    /** contoso's MPN admin: registers the webhooks section's subscriptions. */
    public String adminToken() {
        return adminToken;
    }

    /** A valid Incoming referral document, the shape of the bulk-loaded rows. */
    public String template() {
        return template;
    }
}
