package com.cosell.bench.writes;

import static com.cosell.bench.Report.log;
import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.api.referral.Referral;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.referral.ReferralOwnership;
import com.cosell.backend.referral.query.ReferralPresenter;
import com.cosell.backend.referral.query.ShownJson;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.validation.SolutionResolver;
import com.cosell.backend.support.Deals;
import com.cosell.bench.Bench;
import com.cosell.bench.Repeated;
import com.cosell.bench.support.BulkLoad;
import com.cosell.bench.support.JitWarmUp;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Section 4: accepts and declines ({@code writes=} received referrals a run, alternately accepted and
 * declined) and creates ({@code creates=} private deals a run), through the API and as the raw
 * writes beside them ({@link RawWrites}), {@code repeats=} times (3) interleaved; rows give the median
 * and spread. The first run logs where the API's database time goes.
 */
public final class WritesBench {

    private static final String SEC = "4. writes";

    private final Bench bench;

    public WritesBench(Bench bench) {
        this.bench = bench;
    }

    /** One timed batch: its latencies (µs) and its rate. */
    private record Batch(Histogram h, double rate) {}

    public void run() throws Exception {
        int n = bench.intOpt("writes", 2000);
        int creates = bench.intOpt("creates", 1000);
        int repeats = bench.intOpt("repeats", 3);
        int conc = bench.intOpt("concurrency", 8);
        RawWrites raw = new RawWrites(bench.bean(DatabaseClient.class), bench.bean(TransactionalOperator.class));
        String accept = """
                [{"op": "replace", "path": "/status", "value": "Active"},
                 {"op": "replace", "path": "/substatus", "value": "Accepted"},
                 {"op": "replace", "path": "/details/dealValue", "value": 90000},
                 {"op": "replace", "path": "/details/currency", "value": "USD"},
                 {"op": "replace", "path": "/details/closingDateTime", "value": "%s"},
                 {"op": "add", "path": "/externalReferenceId", "value": "CRM-ACC-1"}]""".formatted(Deals.closeDate());
        String decline = Deals.declinePatch(SameStatements.DECLINE_REASON);
        List<Batch> apiAnswers = new ArrayList<>();
        List<Batch> rawAnswers = new ArrayList<>();
        List<Batch> apiCreates = new ArrayList<>();
        List<Batch> rawCreates = new ArrayList<>();
        List<Batch> sameAnswers = new ArrayList<>();
        List<Batch> sameCreates = new ArrayList<>();
        SameStatements same = sameStatements();
        // Every side compiled by the JIT before anything is timed: rounds of as many writes as a run
        // makes, each way, until the JIT is quiet (with 400 answers and 200 creates the first run was
        // still a third slower; after one round of a run's size the JIT still compiled through it).
        int warmAnswers = Math.max(400, n);
        int warmCreates = Math.max(200, creates);
        timed(1, 1, creates("Create copied api ")); // what the raw creates and the stores' creates copy
        String warmDoc = createdDoc("Create copied api ");
        Referral template = created("Create copied api ");
        int[] round = {0};
        JitWarmUp.untilQuiet("writes", 6, () -> {
            String warm = "warm " + ++round[0] + " ";
            List<UUID> warmApi = received(warmAnswers, "Write " + warm + "a ");
            List<UUID> warmSql = received(warmAnswers, "Write " + warm + "r ");
            List<UUID> warmSame = received(warmAnswers, "Write " + warm + "s ");
            timed(warmAnswers, conc, answers(warmApi, accept, decline));
            timed(warmCreates, conc, creates("Create " + warm + "api "));
            timed(warmAnswers, conc, i -> raw.answer(warmSql.get(i), i % 2 == 0).thenReturn(true));
            timed(
                    warmCreates,
                    conc,
                    i -> raw.create(warmDoc, "Create " + warm + "raw " + i).thenReturn(true));
            timed(
                    warmAnswers,
                    conc,
                    i -> same.answer(warmSame.get(i), i % 2 == 0).thenReturn(true));
            timed(
                    warmCreates,
                    conc,
                    i -> same.create(template, "Create " + warm + "same " + i).thenReturn(true));
        });
        for (int run = 1; run <= repeats; run++) {
            log("writes: run " + run + " of " + repeats + ": " + n + " answers and " + creates + " creates each way");
            List<UUID> viaApi = received(n, "Write " + run + "a ");
            List<UUID> viaSql = received(n, "Write " + run + "r ");
            List<UUID> viaStores = received(n, "Write " + run + "s ");
            if (run == 1) {
                bench.resetStatementStats();
            }
            String tag = "Create " + run + " ";
            apiAnswers.add(timed(n, conc, answers(viaApi, accept, decline)));
            apiCreates.add(timed(creates, conc, creates(tag + "api ")));
            if (run == 1) {
                bench.logStatementStats(14);
            }
            rawAnswers.add(timed(
                    n, conc, i -> raw.answer(viaSql.get(i), i % 2 == 0).thenReturn(true)));
            String doc = createdDoc(tag + "api ");
            rawCreates.add(
                    timed(creates, conc, i -> raw.create(doc, tag + "raw " + i).thenReturn(true)));
            sameAnswers.add(timed(
                    n, conc, i -> same.answer(viaStores.get(i), i % 2 == 0).thenReturn(true)));
            sameCreates.add(timed(
                    creates, conc, i -> same.create(template, tag + "same " + i).thenReturn(true)));
        }
        String answers = "accept/decline (" + conc + " concurrent)";
        String made = "create (" + conc + " concurrent)";
        rows(answers, apiAnswers, rawAnswers, ">= 0.5 x raw");
        rows(made, apiCreates, rawCreates, ">= 300/s and >= 0.5 x raw");
        String stores = ", beside the API's own statements through its stores";
        rows(answers + stores, apiAnswers, sameAnswers, ">= 0.5 x raw");
        rows(made + stores, apiCreates, sameCreates, ">= 300/s and >= 0.5 x raw");
    }

    /** bob's statements through the backend's stores ({@link SameStatements}), as bob. */
    private SameStatements sameStatements() {
        Caller bob = new Caller("id-bob", "Bob Lee", "bob@example.com", "contoso", Set.of(Role.REFERRAL_ADMIN));
        return new SameStatements(
                bench.bean(ReferralStore.class),
                bench.bean(ReferralPresenter.class),
                bench.bean(ReferralOwnership.class),
                bench.bean(SolutionResolver.class),
                bench.bean(EventLog.class),
                bench.bean(ShownJson.class),
                bench.bean(TransactionalOperator.class),
                bench.bean(AccessControl.class)
                        .require(bob, Permission.PARTNER_WORK)
                        .block());
    }

    /** A deal the API created, named {@code prefix}…: what the creates through the stores copy. */
    private Referral created(String prefix) throws Exception {
        UUID id = (UUID) firstNamed(prefix, "id");
        return bench.bean(ReferralStore.class).find("contoso", id).block().referral();
    }

    /** The i-th of {@code ids} accepted (even i) or declined through the API. */
    private IntFunction<Mono<Boolean>> answers(List<UUID> ids, String accept, String decline) {
        return i -> bench.http()
                .call(
                        "PATCH",
                        "/v1.0/engagements/referrals/" + ids.get(i),
                        bench.bobToken(),
                        "application/json-patch+json",
                        i % 2 == 0 ? accept : decline)
                .map(r -> expect(r.status(), r.body(), 204));
    }

    /** bob's i-th private deal named {@code prefix} + i, created through the API. */
    private IntFunction<Mono<Boolean>> creates(String prefix) {
        return i -> bench.http()
                .call(
                        "POST",
                        "/v1.0/engagements/referrals",
                        bench.bobToken(),
                        "application/json",
                        Deals.privateDeal(prefix + i))
                .map(r -> expect(r.status(), r.body(), 201));
    }

    private void rows(String what, List<Batch> api, List<Batch> sql, String target) {
        row(SEC, what + " per second", of(api, b -> round(b.rate())), of(sql, b -> round(b.rate())), target);
        row(SEC, what + " p50 (ms)", of(api, b -> ms(b.h(), 50)), of(sql, b -> ms(b.h(), 50)), null);
        row(SEC, what + " p99 (ms)", of(api, b -> ms(b.h(), 99)), of(sql, b -> ms(b.h(), 99)), null);
    }

    private static Repeated of(List<Batch> runs, ToDoubleFunction<Batch> figure) {
        return Repeated.of(runs.stream().map(figure::applyAsDouble).toList());
    }

    /** {@code count} calls, {@code conc} at a time; a failed one is logged (the first) and fails the section. */
    private static Batch timed(int count, int conc, IntFunction<Mono<Boolean>> call) {
        Histogram h = new ConcurrentHistogram(3);
        AtomicLong failed = new AtomicLong();
        long t = System.nanoTime();
        Flux.range(0, count)
                .flatMap(
                        i -> {
                            long s = System.nanoTime();
                            return call.apply(i)
                                    .doOnNext(ok -> h.recordValue((System.nanoTime() - s) / 1000))
                                    .onErrorResume(e -> {
                                        if (failed.getAndIncrement() == 0) {
                                            log("write failed: " + e.getMessage());
                                        }
                                        return Mono.empty();
                                    });
                        },
                        conc)
                .blockLast();
        double secs = (System.nanoTime() - t) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " writes failed");
        }
        return new Batch(h, count / secs);
    }

    private static boolean expect(int status, String body, int wanted) {
        if (status != wanted) {
            throw new IllegalStateException(status + " " + body);
        }
        return true;
    }

    /** n fresh received referrals of contoso's (the bulk loader's documents), their ids. */
    private List<UUID> received(int n, String prefix) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement()) {
            BulkLoad.referrals(
                    c,
                    bench.template(),
                    n,
                    prefix,
                    "ARRAY['Received']",
                    "now() - make_interval(secs => g)",
                    "now() + interval '14 days'");
            st.execute("ANALYZE referral");
            try (ResultSet rs = st.executeQuery("SELECT id FROM referral WHERE name LIKE '" + prefix + "%'")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** A document the API wrote for a created deal: what the raw creates insert. */
    private String createdDoc(String prefix) throws Exception {
        return (String) firstNamed(prefix, "doc::text");
    }

    /** {@code column} of the first referral named {@code prefix}…. */
    private Object firstNamed(String prefix, String column) throws Exception {
        try (Connection c = bench.jdbc();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT " + column + " FROM referral WHERE name LIKE '" + prefix + "%' LIMIT 1")) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
