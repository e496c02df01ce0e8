package com.cosell.backend.security;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** API responses carry the security headers; HSTS only when the request came over TLS. */
@BackendTest
class SecurityHeadersTest {

    @Autowired
    WebTestClient client;

    @Test
    void apiResponsesAreLockedDown() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(Users.token("bob")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader()
                .valueMatches("Cache-Control", ".*no-store.*")
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    /** No proxy is trusted by default: a client claiming https gets no HSTS (ForwardedHeadersTest: a proxy does). */
    @Test
    void aClientsForwardedHeadersAreIgnored() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> {
                    h.setBearerAuth(Users.token("bob"));
                    h.set("X-Forwarded-Proto", "https");
                    h.set("Forwarded", "proto=https;host=evil.example");
                })
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }
}
