package com.cosell.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests sent back to back over one HTTP/1.1 keep-alive connection are all answered. Reactor Netty
 * 1.3.6 stopped reading such a connection now and then when a response completed on the database's
 * thread just as the next request came in: the request waited forever (reactor-netty#4361).
 */
@BackendTest
class KeepAliveTest {

    @LocalServerPort
    int port;

    @Test
    void answersEveryRequestOnAKeptAliveConnection() throws Exception {
        String filter = URLEncoder.encode("engagementId eq " + UUID.randomUUID(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v1.0/engagements/referrals?$filter=" + filter))
                .header("Authorization", "Bearer " + Users.token("bob"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < 3000; i++) {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
            }
        }
    }
}
