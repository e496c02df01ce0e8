package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/** One user holds at most so many event streams on an instance (three here); the next handshake is a 429. */
@BackendTest
@TestPropertySource(properties = "cosell.events.max-streams-per-user=3")
class StreamQuotaTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void theFourthStreamOfOneUserIsRefusedUntilOneCloses() throws Exception {
        String token = Users.token("fabrikam-crm"); // a caller no other stream test uses
        List<StreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                StreamClient stream = StreamClient.connect(port, token, null);
                open.add(stream);
                stream.awaitReady();
            }
            // the fourth handshake, as a WebSocket client sends it
            ResponseEntity<String> refused = WebClient.create("http://localhost:" + port)
                    .get()
                    .uri(StreamClient.PATH)
                    .headers(h -> {
                        h.setBearerAuth(token);
                        h.set("Connection", "Upgrade");
                        h.set("Upgrade", "websocket");
                        h.set("Sec-WebSocket-Version", "13");
                        h.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
                    })
                    .exchangeToMono(r -> r.toEntity(String.class))
                    .block(WAIT);
            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("30");
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody()).contains("3 event streams");
            try (StreamClient fourth = StreamClient.connect(port, token, null)) {
                assertThat(fourth.failed).succeedsWithin(WAIT).asString().contains("429");
            }
            // another user is not held back by this one
            try (StreamClient other = StreamClient.connect(port, Users.token("carol"), null)) {
                other.awaitReady();
            }

            open.removeFirst().close();
            StreamClient again = null;
            for (long until = System.nanoTime() + WAIT.toNanos(); again == null && System.nanoTime() < until; ) {
                StreamClient attempt = StreamClient.connect(port, token, null);
                if (!opened(attempt)) {
                    attempt.close(); // the closed stream's slot is freed when the server sees the close
                } else {
                    again = attempt;
                }
            }
            assertThat(again).as("a stream once another closed").isNotNull();
            open.add(again);
        } finally {
            open.forEach(StreamClient::close);
        }
    }

    /** Whether the stream opened (its first message came) rather than being refused. */
    private static boolean opened(StreamClient stream) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (stream.failed.isDone()) {
                return false;
            }
            if (stream.messages.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
                return true;
            }
        }
        return false;
    }
}
