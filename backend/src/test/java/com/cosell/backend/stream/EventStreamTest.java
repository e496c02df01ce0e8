package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.BackendTestInitializer;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.socket.CloseStatus;
import tools.jackson.databind.JsonNode;

/** The WebSocket stream end to end, with a real client against the running backend. */
class EventStreamTest extends ApiTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    EventSignals signals;

    @Test
    void eachOrganizationGetsOnlyItsOwnEventsAndNotifications() {
        try (StreamClient bob = StreamClient.connect(port, Users.token("bob"), null);
                StreamClient carol = StreamClient.connect(port, Users.token("carol"), null);
                StreamClient mia = StreamClient.connect(port, Users.token("mia"), null)) {
            bob.awaitReady();
            carol.awaitReady();
            mia.awaitReady();

            String engagement = api.create("mia", Deals.sellerReferral("Stream: for contoso", "contoso"))
                    .get("engagementId")
                    .asString();
            String own = api.create("bob", Deals.privateDeal("Stream: contoso private"))
                    .get("id")
                    .asString();
            String marker = api.create("carol", Deals.privateDeal("Stream: fabrikam marker"))
                    .get("id")
                    .asString();

            List<JsonNode> toBob =
                    bob.eventsUntil(e -> own.equals(e.path("referralId").asString()), WAIT);
            assertThat(toBob)
                    .allSatisfy(
                            e -> assertThat(e.get("organizationId").asString()).isEqualTo("contoso"));
            assertThat(toBob).anySatisfy(e -> {
                assertThat(e.get("type").asString()).isEqualTo("referral-created");
                assertThat(e.get("engagementId").asString()).isEqualTo(engagement);
            });
            assertThat(toBob).anySatisfy(e -> {
                assertThat(e.get("type").asString()).isEqualTo("notification-created");
                assertThat(e.get("changes").get(0).at("/to/kind").asString()).isEqualTo("NEW_INBOUND");
            });
            // Fabrikam's first event is its own marker: nothing of contoso's or the vendor's came before.
            JsonNode first = carol.nextEvent(WAIT);
            assertThat(first.get("organizationId").asString()).isEqualTo("fabrikam");
            assertThat(first.get("referralId").asString()).isEqualTo(marker);
            JsonNode vendor = mia.nextEvent(WAIT);
            assertThat(vendor.get("organizationId").asString()).isEqualTo("microsoft");
            assertThat(vendor.get("engagementId").asString()).isEqualTo(engagement);
        }
    }

    @Test
    void resumingAfterTheLastSeenSeqDeliversExactlyTheMissedEvents() {
        long seen;
        try (StreamClient bob = StreamClient.connect(port, Users.token("bob"), null)) {
            bob.awaitReady();
            String id = api.create("bob", Deals.privateDeal("Resume: seen"))
                    .get("id")
                    .asString();
            seen = bob.eventsUntil(e -> id.equals(e.path("referralId").asString()), WAIT)
                    .getLast()
                    .get("seq")
                    .asLong();
        }
        String missed1 = api.create("bob", Deals.privateDeal("Resume: missed 1"))
                .get("id")
                .asString();
        String missed2 = api.create("alice", Deals.privateDeal("Resume: missed 2"))
                .get("id")
                .asString();

        try (StreamClient bob = StreamClient.connectWithQueryToken(port, Users.token("bob"), seen)) {
            List<JsonNode> backlog = bob.awaitReady();
            List<String> referrals =
                    backlog.stream().map(e -> e.path("referralId").asString()).toList();
            assertThat(backlog)
                    .extracting(e -> e.get("seq").asLong())
                    .doesNotHaveDuplicates()
                    .allSatisfy(seq -> assertThat(seq).isNotEqualTo(seen));
            assertThat(referrals).containsOnlyOnce(missed1, missed2);
            assertThat(backlog)
                    .allSatisfy(
                            e -> assertThat(e.get("organizationId").asString()).isEqualTo("contoso"));
            String live = api.create("bob", Deals.privateDeal("Resume: live"))
                    .get("id")
                    .asString();
            assertThat(bob.eventsUntil(e -> live.equals(e.path("referralId").asString()), WAIT))
                    .hasSize(1);
        }
    }

    @Test
    void anExpiredTokenClosesTheStreamWithAReasonToResume() {
        String shortLived = TestIssuer.get()
                .token(
                        "bob",
                        "contoso",
                        List.of("REFERRAL_ADMIN"),
                        c -> c.expirationTime(Date.from(Instant.now().plusSeconds(2))));
        try (StreamClient bob = StreamClient.connect(port, shortLived, null)) {
            bob.awaitReady();
            CloseStatus status = bob.awaitClose(WAIT);
            assertThat(status.getCode()).isEqualTo(4001);
            assertThat(status.getReason()).startsWith("token expired: reconnect with a fresh token and resume from ");
        }
    }

    @Test
    void theHandshakeNeedsARoleAndTheQueryTokenWorksOnlyOnTheStream() {
        try (StreamClient dave = StreamClient.connect(port, Users.token("dave"), null)) {
            assertThat(dave.failed).succeedsWithin(WAIT).asString().contains("403");
        }
        try (StreamClient nobody = StreamClient.connectWithQueryToken(port, "not-a-token", null)) {
            assertThat(nobody.failed).succeedsWithin(WAIT).asString().contains("401");
        }
        client.get()
                .uri("/v1.0/me?access_token=" + Users.token("bob"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        try (StreamClient unknown = StreamClient.connect(port, Users.token("bob"), Long.MAX_VALUE)) {
            assertThat(unknown.failed).succeedsWithin(WAIT).asString().contains("400");
        }
    }

    @Test
    void aChangeThroughOneInstanceReachesASubscriberOfAnother() {
        ConfigurableApplicationContext other = new SpringApplicationBuilder(CosellBackendApplication.class)
                .initializers(new BackendTestInitializer())
                .run("--server.port=0", "--cosell.expiry.enabled=false");
        try (StreamClient carol = StreamClient.connect(port(other), Users.token("carol"), null)) {
            carol.awaitReady();
            String id = api.create("carol", Deals.privateDeal("Cross instance"))
                    .get("id")
                    .asString();
            JsonNode event = carol.nextEvent(WAIT);
            assertThat(event.get("referralId").asString()).isEqualTo(id);
            assertThat(event.get("type").asString()).isEqualTo("referral-created");
        } finally {
            other.close();
        }
    }

    @Test
    void cuttingTheListenConnectionLosesNothing() {
        try (StreamClient carol = StreamClient.connect(port, Users.token("carol"), null)) {
            carol.awaitReady();
            int pid = awaitListener(0);
            db.sql("SELECT pg_terminate_backend(:pid)").bind("pid", pid).then().block();
            String during = api.create("carol", Deals.privateDeal("While cut"))
                    .get("id")
                    .asString();
            int newPid = awaitListener(pid);
            assertThat(newPid).isNotEqualTo(pid);
            String after = api.create("carol", Deals.privateDeal("After reconnect"))
                    .get("id")
                    .asString();
            List<String> got =
                    carol
                            .eventsUntil(e -> after.equals(e.path("referralId").asString()), Duration.ofSeconds(4))
                            .stream()
                            .map(e -> e.path("referralId").asString())
                            .toList();
            assertThat(got).containsExactly(during, after);
        }
    }

    /** Waits until the LISTEN connection is up with another server process than {@code not}. */
    private int awaitListener(int not) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int pid = signals.backendPid();
            if (pid != 0 && pid != not) {
                return pid;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("LISTEN connection did not come back");
    }

    static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
