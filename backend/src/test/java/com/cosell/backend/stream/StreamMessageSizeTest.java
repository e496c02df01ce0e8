package com.cosell.backend.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** A client's message to the one-way stream: a small one is dropped, one over 1 KB closes the stream (1009). */
@BackendTest
class StreamMessageSizeTest {

    @LocalServerPort
    int port;

    @Test
    void aSmallMessageIsDroppedALargeOneCloses() throws Exception {
        assertThat(afterSending("ping".repeat(250)))
                .as("1,000 bytes: the stream stays open")
                .isNull();
        CloseStatus big = afterSending("x".repeat(StreamConfig.MAX_CLIENT_FRAME_BYTES + 1));
        assertThat(big).isNotNull();
        assertThat(big.getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
    }

    /** Sends one text message once the stream is ready; the close status within 5 s, or null if it stays open. */
    private CloseStatus afterSending(String text) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(Users.token("microsoft-crm"));
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        Disposable connection = new ReactorNettyWebSocketClient()
                .execute(URI.create("ws://localhost:" + port + StreamClient.PATH), headers, session -> {
                    session.closeStatus()
                            .subscribe(closed::complete, closed::completeExceptionally, () -> closed.complete(null));
                    return session.receive()
                            .map(WebSocketMessage::getPayloadAsText)
                            .concatMap(m -> m.contains("\"ready\"")
                                    ? session.send(Mono.just(session.textMessage(text)))
                                    : Mono.empty())
                            .then();
                })
                .subscribe(x -> {}, closed::completeExceptionally);
        try {
            return closed.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return null;
        } finally {
            connection.dispose();
        }
    }
}
