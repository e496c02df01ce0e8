package com.cosell.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The correlation id: the caller's when it is a plain one, a new one otherwise, always in the answer. */
@BackendTest
class RequestLogTest {

    @Autowired
    WebTestClient client;

    private String answered(String given) {
        return client.get()
                .uri("/v1.0/me")
                .headers(h -> {
                    h.setBearerAuth(Users.token("bob"));
                    if (given != null) {
                        h.set(RequestLog.HEADER, given);
                    }
                })
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst(RequestLog.HEADER);
    }

    @Test
    void theCallersIdIsKeptAndAnswered() {
        assertThat(answered("ui-7f3a.42")).isEqualTo("ui-7f3a.42");
    }

    @Test
    void aMissingOrForgedIdIsReplacedByANewOne() {
        assertThat(answered(null)).matches("[0-9a-f-]{36}");
        assertThat(answered("x\" forged=\"1")).matches("[0-9a-f-]{36}");
        assertThat(answered("a".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(answered(null)).isNotEqualTo(answered(null));
    }
}
