package com.cosell.bench.csv;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.support.BulkLoad;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Section "csv": the CSV export of {@code csvReferrals=} (100,000) referrals beside PostgreSQL's own
 * {@code COPY … TO} of the same rows, and the import of {@code csvImport=} (5,000) new deals through
 * the API's rules beside plain batched INSERTs of as many rows; each {@code csvRuns=} (5) times, median
 * and spread. A second apply of the same file (every row unchanged) is timed too.
 */
public final class CsvBench {

    private static final String SECTION = "6. csv";
    private final Bench bench;
    private final HttpClient client;

    public CsvBench(Bench bench) {
        this.bench = bench;
        this.client = HttpClient.create()
                .baseUrl(bench.base())
                .headers(h -> h.set("Authorization", "Bearer " + bench.bobToken()));
    }

    public void run() throws Exception {
        int n = bench.intOpt("csvReferrals", 100_000);
        int runs = bench.intOpt("csvRuns", 5);
        log("CSV: loading " + n + " referrals ...");
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n,
                    "Csv ",
                    "ARRAY['Received','Accepted','Won']",
                    "now() - make_interval(secs => g)",
                    "now() + interval '14 days'");
            st.execute("ANALYZE referral");
        }
        exportOnce(); // warm-up, as the API bench warms up each case
        copyOnce();
        List<Double> api = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        long[] rows = new long[2];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows[0] = exportOnce();
            api.add(rows[0] / ((System.nanoTime() - t) / 1e9));
            t = System.nanoTime();
            rows[1] = copyOnce();
            raw.add(rows[1] / ((System.nanoTime() - t) / 1e9));
        }
        log("export wrote " + rows[0] + " rows, COPY " + rows[1]);
        row(
                SECTION,
                "export rows/s at " + n + " referrals: median (min–max)",
                median(api) + " (" + spread(api) + ")",
                median(raw),
                null);
        importRuns(bench.intOpt("csvImport", 5_000), runs);
    }

    /** GET …/export of the loaded rows, counted as they stream (lines, header excluded). */
    private long exportOnce() {
        AtomicLong lines = new AtomicLong();
        client.get()
                .uri("/v1.0/engagements/referrals/export?$filter=" + enc("startswith(name,'Csv ')"))
                .responseContent()
                .doOnNext(b -> lines.addAndGet(count(b)))
                .blockLast();
        return lines.get() - 1;
    }

    private static long count(ByteBuf b) {
        long n = 0;
        for (int i = b.readerIndex(); i < b.writerIndex(); i++) {
            n += b.getByte(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    /** The raw limit: PostgreSQL writing the same rows' columns as CSV itself. */
    private long copyOnce() throws Exception {
        AtomicLong lines = new AtomicLong();
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                lines.addAndGet(b == '\n' ? 1 : 0);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    lines.addAndGet(b[i] == '\n' ? 1 : 0);
                }
            }
        };
        try (Connection c = bench.jdbc()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    COPY (SELECT id, engagement_id, name, status, substatus, type, direction, customer_name,
                        customer_city, customer_country, deal_value, currency, closing_at, external_reference_id,
                        created_at, updated_at, expiration_at FROM referral
                        WHERE organization_id = 'contoso' AND lower(name) LIKE 'csv %'
                        ORDER BY updated_at DESC, id) TO STDOUT WITH (FORMAT csv, HEADER)""", counter);
        }
        return lines.get() - 1;
    }

    private void importRuns(int rows, int runs) throws Exception {
        List<Double> created = new ArrayList<>();
        List<Double> unchanged = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            byte[] file = file(run, rows);
            long t = System.nanoTime();
            apply(file, "Cosell-Import-Created", rows);
            created.add(rows / ((System.nanoTime() - t) / 1e9));
            t = System.nanoTime();
            apply(file, "Cosell-Import-Unchanged", rows);
            unchanged.add(rows / ((System.nanoTime() - t) / 1e9));
            t = System.nanoTime();
            rawInserts(run, rows);
            raw.add(rows / ((System.nanoTime() - t) / 1e9));
        }
        row(
                SECTION,
                "import rows/s, " + rows + " new deals: median (min–max)",
                median(created) + " (" + spread(created) + ")",
                median(raw),
                null);
        row(
                SECTION,
                "import rows/s, the same file again (all unchanged)",
                median(unchanged) + " (" + spread(unchanged) + ")",
                median(raw),
                null);
    }

    private static byte[] file(String run, int rows) {
        StringBuilder csv = new StringBuilder("CRM ID,Deal name,Customer name,Customer city,Customer country,"
                + "Deal value,Estimated close date,Solution IDs,Employee first name,Employee last name,Employee email,"
                + "Employee phone\r\n");
        String close = Deals.closeDate().substring(0, 10);
        for (int i = 0; i < rows; i++) {
            csv.append("BENCH-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",Imported ")
                    .append(run)
                    .append(' ')
                    .append(i)
                    .append(",Woodgrove Bank,Seoul,KR,125000.50 USD,")
                    .append(close)
                    .append(
                            ",00000000-0000-4000-8000-000000000101,Bob,Lee,bob@contoso.example.com,+82 10 1234 5678\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void apply(byte[] file, String header, int expected) {
        String count = client.headers(h -> h.set("Content-Type", "text/csv"))
                .post()
                .uri("/v1.0/engagements/referrals/import?mode=apply")
                .send(Mono.just(Unpooled.wrappedBuffer(file)))
                .responseSingle((res, body) ->
                        body.then(Mono.justOrEmpty(res.responseHeaders().get(header))))
                .block();
        if (count == null || Integer.parseInt(count) != expected) {
            throw new IllegalStateException(header + " was " + count + ", not " + expected);
        }
    }

    /** The raw limit: as many referral rows, with their documents, in batched INSERTs of one transaction. */
    private void rawInserts(String run, int rows) throws Exception {
        try (Connection c = bench.jdbc();
                PreparedStatement ps = c.prepareStatement("""
                INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus, type,
                    direction, deal_value, currency, closing_at, customer_name, customer_city, customer_country,
                    external_reference_id, created_at, updated_at, doc)
                VALUES (?, ?, 'contoso', 1, ?, 'Active', 'Accepted', 'Independent', 'Outgoing', 125000.50, 'USD',
                    now() + interval '60 days', 'Woodgrove Bank', 'Seoul', 'KR', ?, now(), now(), CAST(? AS jsonb))""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, "Raw " + run + " " + i);
                ps.setString(4, "RAW-" + run + "-" + i);
                ps.setString(5, bench.template());
                ps.addBatch();
                if (i % 500 == 499) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return round(sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2);
    }

    private static String spread(List<Double> values) {
        return round(values.stream().mapToDouble(d -> d).min().orElse(0)) + "–"
                + round(values.stream().mapToDouble(d -> d).max().orElse(0));
    }

    private static String enc(String s) {
        return com.cosell.bench.support.Http.enc(s);
    }
}
