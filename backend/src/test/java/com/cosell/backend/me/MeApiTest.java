package com.cosell.backend.me;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestIssuer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@BackendTest
class MeApiTest {

    @Autowired
    WebTestClient client;

    private final TestIssuer issuer = TestIssuer.get();

    @Test
    void describesTheCallerFromTheTokenAndTheDatabase() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(issuer.token("bob", "contoso", "REFERRAL_ADMIN")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo("id-bob")
                .jsonPath("$.name")
                .isEqualTo("Bob Tester")
                .jsonPath("$.email")
                .isEqualTo("bob@example.com")
                .jsonPath("$.organization.id")
                .isEqualTo("contoso")
                .jsonPath("$.organization.name")
                .isEqualTo("Contoso Ltd.")
                .jsonPath("$.organization.kind")
                .isEqualTo("PARTNER")
                .jsonPath("$.roles")
                .isEqualTo(List.of("REFERRAL_ADMIN"));
    }

    @Test
    void ignoresRoleValuesItDoesNotKnow() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(issuer.token("mia", "microsoft", "SELLER", "SUPERUSER", "ROLE_ADMIN")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.organization.kind")
                .isEqualTo("VENDOR")
                .jsonPath("$.roles")
                .isEqualTo(List.of("SELLER"));
    }

    @Test
    void answersAUserWithoutRoleSoTheUiCanSayNoAccess() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(issuer.token("dave", "contoso")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.roles")
                .isEmpty();
    }

    @Test
    void refusesAnOrganizationThatIsNotRegistered() {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(issuer.token("eve", "umbrella", "MPN_ADMIN")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403)
                .jsonPath("$.detail")
                .value(d -> org.assertj.core.api.Assertions.assertThat((String) d)
                        .contains("'umbrella' is not registered"));
    }

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    @Test
    void anOrganizationRegisteredAfterARefusalIsAcceptedAtOnce() {
        String token = issuer.token("lee", "latecomer", "MPN_ADMIN");
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isForbidden();

        db.sql("INSERT INTO organization (id, name, kind) VALUES ('latecomer', 'Latecomer Ltd', 'PARTNER') "
                        + "ON CONFLICT DO NOTHING")
                .then()
                .block();

        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.organization.name")
                .isEqualTo("Latecomer Ltd");
    }
}
