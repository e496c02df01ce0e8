package com.cosell.bench.api;

import static com.cosell.bench.Report.ms;
import static com.cosell.bench.Report.round;
import static com.cosell.bench.Report.row;

import com.cosell.backend.support.TestIssuer;
import com.cosell.bench.Bench;
import com.cosell.bench.Repeated;
import com.cosell.bench.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * What bounds any API request on this machine, measured beside the cases, each with the same client
 * and token: the HTTP alone ({@link BareHttp}); the frameworks alone ({@link BareSpring}); and
 * Co-sell's web layer alone, a request that goes through everything a GET goes through (Netty, the
 * firewall, the bearer token, the filters, the caller's organization, WebFlux's routing and
 * arguments, Jackson, the request's metrics) but makes no statement: {@code GET /v1.0/me}. On cores
 * that the client, the server and PostgreSQL share, a GET costs one of these plus its statement, so
 * it can reach at most {@code 1 ÷ (1 ÷ that + 1 ÷ statement)} requests/s.
 */
final class Ceilings {

    private final Bench bench;
    private final String sec;
    private final int conc;
    private final double secs;

    Ceilings(Bench bench, String sec, int conc, double secs) {
        this.bench = bench;
        this.sec = sec;
        this.conc = conc;
        this.secs = secs;
    }

    /** {@code rawGet}: the single GET's statement alone in this run (requests/s), or null if not run. */
    void run(Http http, String token, String id, Repeated rawGet) {
        String body = Http.check(
                        http.call("GET", "/v1.0/engagements/referrals/" + id, token, null, null)
                                .block(),
                        200)
                .body();
        Load.of(conc, 3, () -> get(http, "/v1.0/me", token));
        List<Load> bare = new ArrayList<>();
        List<Load> frameworks = new ArrayList<>();
        List<Load> web = new ArrayList<>();
        try (BareHttp server = new BareHttp(body);
                ConfigurableApplicationContext spring = BareSpring.start(
                        body.getBytes(StandardCharsets.UTF_8), TestIssuer.get().jwkSetUri())) {
            Http plain = new Http(server.base());
            Http springOnly = new Http(BareSpring.base(spring));
            // Its own beans are new to the JIT, though the frameworks' classes have run all along.
            Load.of(conc, 10, () -> get(springOnly, "/referral", token));
            for (int i = 1; i <= bench.intOpt("repeats", 3); i++) { // interleaved, as the cases
                bare.add(Load.of(conc, secs, () -> get(plain, "/referral", token)));
                frameworks.add(Load.of(conc, secs, () -> get(springOnly, "/referral", token)));
                web.add(Load.of(conc, secs, () -> get(http, "/v1.0/me", token)));
            }
        }
        rows("the single GET's HTTP alone (same client and JSON, answered at once)", bare, null);
        rows("the frameworks alone (Spring WebFlux and Security, the same JSON answered at once)", frameworks, rawGet);
        rows("the web layer alone (GET /v1.0/me: token, organization, WebFlux, JSON; no statement)", web, rawGet);
    }

    private static Mono<?> get(Http client, String path, String token) {
        return client.call("GET", path, token, null, null).map(r -> Http.check(r, 200));
    }

    /** p50 and requests/s; beside the single GET's statement, the GET's ceiling on top of these. */
    private void rows(String what, List<Load> runs, Repeated rawGet) {
        Repeated rate = ApiAtScaleBench.of(runs, l -> round(l.rate()));
        row(sec, what + " p50 (ms)", ApiAtScaleBench.of(runs, l -> ms(l.h(), 50)), null, null);
        row(sec, what + " requests/s", rate, null, null);
        if (rawGet != null) {
            row(
                    sec,
                    "  so a single GET at most 1 ÷ (1 ÷ that + 1 ÷ its statement), requests/s",
                    round(1 / (1 / rate.median() + 1 / rawGet.median())),
                    rawGet.median(),
                    ">= 0.5 x raw");
        }
    }
}
