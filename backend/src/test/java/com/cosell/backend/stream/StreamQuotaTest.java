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
import org.springframework.web.reactive.function.client.WebClient;

/** One user holds at most ten event streams on an instance; the eleventh handshake is a 429. */
@BackendTest
class StreamQuotaTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void theEleventhStreamOfOneUserIsRefusedUntilOneCloses() throws Exception {
        String token = Users.token("fabrikam-crm"); // a caller no other stream test uses
        List<StreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                StreamClient stream = StreamClient.connect(port, token, null);
                open.add(stream);
                stream.awaitReady();
            }
            // the eleventh handshake, as a WebSocket client sends it
            ResponseEntity<String> refused = WebClient.create("http://localhost:" + port).get().uri(StreamClient.PATH)
                    .headers(h -> {
                        h.setBearerAuth(token);
                        h.set("Connection", "Upgrade");
                        h.set("Upgrade", "websocket");
                        h.set("Sec-WebSocket-Version", "13");
                        h.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
                    })
                    .exchangeToMono(r -> r.toEntity(String.class)).block(WAIT);
            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("30");
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody()).contains("10 event streams");
            try (StreamClient eleventh = StreamClient.connect(port, token, null)) {
                assertThat(eleventh.failed).succeedsWithin(WAIT).asString().contains("429");
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
