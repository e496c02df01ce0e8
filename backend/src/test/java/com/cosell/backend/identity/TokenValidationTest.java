package com.cosell.backend.identity;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestIssuer;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens the API must refuse, each with 401 problem+json. */
@BackendTest
class TokenValidationTest {

    @Autowired
    WebTestClient client;

    private final TestIssuer issuer = TestIssuer.get();

    @Test
    void noToken() {
        client.get()
                .uri("/v1.0/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueMatches("WWW-Authenticate", "Bearer.*");
    }

    @Test
    void expiredToken() {
        refused(adjusted(c -> c.issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600)))));
    }

    @Test
    void tokenFromAnotherIssuer() {
        refused(adjusted(c -> c.issuer("https://evil.example.com/realms/cosell")));
    }

    @Test
    void tokenForAnotherAudience() {
        refused(adjusted(c -> c.audience(List.of("some-other-api"))));
    }

    @Test
    void unsignedTokenWithAlgNone() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject("id-bob")
                .audience(TestIssuer.AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("org", "contoso")
                .claim("roles", List.of("MPN_ADMIN"))
                .build();
        refused(new PlainJWT(claims).serialize());
    }

    @Test
    void tokenSignedByAnUnknownKey() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject("id-bob")
                .audience(TestIssuer.AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("org", "contoso")
                .claim("roles", List.of("MPN_ADMIN"))
                .build();
        refused(TestIssuer.sign(claims, stranger));
    }

    @Test
    void tamperedPayload() {
        String[] parts = issuer.token("dave", "contoso").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"roles\":[]", "\"roles\":[\"MPN_ADMIN\"]");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
                + parts[2]);
    }

    @Test
    void garbage() {
        refused("not-a-jwt");
    }

    @Test
    void healthIsOpenWithoutToken() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    private String adjusted(Consumer<JWTClaimsSet.Builder> adjust) {
        return issuer.token("bob", "contoso", List.of("REFERRAL_ADMIN"), adjust);
    }

    private void refused(String token) {
        client.get()
                .uri("/v1.0/me")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
    }
}
