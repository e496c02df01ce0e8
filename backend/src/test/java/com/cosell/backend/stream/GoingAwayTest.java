package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.CosellBackendApplication;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.BackendTestInitializer;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.Users;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.CloseStatus;
import tools.jackson.databind.JsonNode;

/** An instance that stops (SIGTERM closes the context) tells its subscribers where to resume, at once. */
@BackendTest
class GoingAwayTest {

    @Autowired
    WebTestClient client;

    @Test
    void stoppingClosesEveryStreamWith1001AndTheSeqToResumeFrom() {
        ConfigurableApplicationContext stopping = new SpringApplicationBuilder(CosellBackendApplication.class)
                .initializers(new BackendTestInitializer())
                .run("--server.port=0", "--cosell.expiry.enabled=false");
        try (StreamClient carol = StreamClient.connect(EventStreamTest.port(stopping), Users.token("carol"), null)) {
            carol.awaitReady();
            String id = new Api(client)
                    .create("carol", Deals.privateDeal("Before going away"))
                    .get("id")
                    .asString();
            JsonNode event = carol.nextEvent(Duration.ofSeconds(10));
            assertThat(event.get("referralId").asString()).isEqualTo(id);

            long start = System.nanoTime();
            stopping.close();
            CloseStatus status = carol.awaitClose(Duration.ofSeconds(10));
            assertThat(status.getCode()).isEqualTo(CloseStatus.GOING_AWAY.getCode());
            assertThat(status.getReason())
                    .isEqualTo("going away: resume from " + event.get("seq").asLong());
            // The open stream did not hold the shutdown for the graceful period (30 s).
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        } finally {
            stopping.close();
        }
    }

    @Test
    void aContextStoppedAndStartedAgainServesNewStreams() {
        // Spring pauses unused test contexts (stop, later start): the old stop must not close new streams.
        ConfigurableApplicationContext paused = new SpringApplicationBuilder(CosellBackendApplication.class)
                .initializers(new BackendTestInitializer())
                .run("--server.port=0", "--cosell.expiry.enabled=false");
        try {
            paused.stop();
            paused.start();
            try (StreamClient bob = StreamClient.connect(EventStreamTest.port(paused), Users.token("bob"), null)) {
                bob.awaitReady();
                String id = new Api(client)
                        .create("bob", Deals.privateDeal("After a restart"))
                        .get("id")
                        .asString();
                assertThat(bob.nextEvent(Duration.ofSeconds(10))
                                .get("referralId")
                                .asString())
                        .isEqualTo(id);
            }
        } finally {
            paused.close();
        }
    }
}
