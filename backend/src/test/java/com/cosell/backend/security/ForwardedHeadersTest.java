package com.cosell.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/** A trusted proxy (loopback here): its https means HSTS, its host is the request's; anyone else's is removed. */
@BackendTest
@TestPropertySource(properties = "cosell.trusted-proxies=127.0.0.1/32, ::1, 10.0.0.0/8")
class ForwardedHeadersTest {

    @Autowired
    WebTestClient client;

    @Autowired
    @Qualifier("forwardedHeaderTransformer")
    ForwardedHeaderTransformer transformer;

    @Test
    void behindATrustedTlsProxyHstsIsSent() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> {
                    h.setBearerAuth(Users.token("bob"));
                    h.set("X-Forwarded-Proto", "https");
                })
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Strict-Transport-Security", "max-age=\\d+.*");
    }

    @Test
    void onlyATrustedAddressMovesTheHost() {
        ServerHttpRequest fromProxy = transformer.apply(from("10.1.2.3"));
        assertThat(fromProxy.getURI().toString()).isEqualTo("https://cosell.example/v1.0/me");
        ServerHttpRequest fromClient = transformer.apply(from("203.0.113.9"));
        assertThat(fromClient.getURI().toString()).isEqualTo("http://localhost/v1.0/me");
        assertThat(fromClient.getHeaders().headerNames()).doesNotContain("X-Forwarded-Host", "X-Forwarded-Proto");
    }

    private static MockServerHttpRequest from(String address) {
        return MockServerHttpRequest.get("http://localhost/v1.0/me")
                .remoteAddress(new InetSocketAddress(address, 40000))
                .header("X-Forwarded-Host", "cosell.example")
                .header("X-Forwarded-Proto", "https")
                .build();
    }
}
