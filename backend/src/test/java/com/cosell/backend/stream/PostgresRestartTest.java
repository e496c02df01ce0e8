package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A backend with subscribers while its PostgreSQL restarts: it reconnects by itself and the
 * subscribers get every event, including those committed before the LISTEN connection is back.
 * Runs its own PostgreSQL so that the shared one of the other tests is never interrupted.
 */
class PostgresRestartTest {

    @Test
    void subscribersReceiveEverythingAcrossARestart(@TempDir Path data) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start();
        int dbPort = pg.getPort();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE cosell LOGIN PASSWORD 'cosell'");
            s.execute("CREATE DATABASE cosell OWNER cosell");
        }
        TestIssuer issuer = TestIssuer.get();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CosellBackendApplication.class)
                .run(
                        "--server.port=0",
                        "--DB_PORT=" + dbPort,
                        "--cosell.identity.issuer-uri=" + issuer.issuer(),
                        "--cosell.identity.jwk-set-uri=" + issuer.jwkSetUri(),
                        "--cosell.expiry.enabled=false",
                        "--cosell.events.reconnect-max=PT1S",
                        "--cosell.events.poll-interval=PT30S");
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        WebTestClient http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
        try (StreamClient carol = StreamClient.connect(port, Users.token("carol"), null)) {
            carol.awaitReady();
            String before = create(http, "Before restart");
            assertThat(carol.nextEvent(Duration.ofSeconds(10)).get("referralId").asString())
                    .isEqualTo(before);

            pg.close();
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(dbPort)
                    .start();

            String during = create(http, "Right after restart");
            String after = create(http, "Later after restart");
            List<String> got =
                    carol
                            .eventsUntil(e -> after.equals(e.path("referralId").asString()), Duration.ofSeconds(15))
                            .stream()
                            .map(e -> e.path("referralId").asString())
                            .toList();
            assertThat(got).containsExactly(during, after);
        } finally {
            app.close();
            pg.close();
        }
    }

    /** Creates a deal, retrying while the pool still hands out connections of the old server. */
    private static String create(WebTestClient http, String name) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            var result = http.post()
                    .uri(Api.REFERRALS)
                    .headers(h -> h.setBearerAuth(Users.token("carol")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Deals.privateDeal(name))
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            if (result.getStatus().value() == 201) {
                return Api.json(result.getResponseBody()).get("id").asString();
            }
            if (attempt > 20) {
                throw new AssertionError("create kept failing: " + result.getStatus() + " " + result.getResponseBody());
            }
            Thread.sleep(250); // waiting for the database, not for the code under test
        }
    }
}
