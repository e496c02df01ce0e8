package com.cosell.backend.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Token shapes as Keycloak and Entra ID issue them, for people and for applications. */
class CallerTokenConverterTest {

    private static final String CONTOSO_APP = "6f1c2a8e-0d3b-4c1e-9a57-2f0e8b1d4c90";
    private static final String FABRIKAM_APP = "0b7e9d14-5a2c-4f36-8e1b-c3d2a9f07e61";

    private final CallerTokenConverter converter = new CallerTokenConverter(
            properties(List.of(CONTOSO_APP + "=contoso", " " + FABRIKAM_APP + " = fabrikam ")));

    private static IdentityProperties properties(List<String> applicationOrganizations) {
        return new IdentityProperties("https://issuer", null, "cosell-api", "roles", "org", applicationOrganizations);
    }

    private Caller caller(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return ((CallerAuthentication) converter.convert(jwt.build()).block()).caller();
    }

    @Test
    void aKeycloakServiceAccountTokenIsTheApplication() {
        Caller caller = caller(Map.of(
                "sub",
                "5d0c…",
                "azp",
                "contoso-crm",
                "client_id",
                "contoso-crm",
                "preferred_username",
                "service-account-contoso-crm",
                "org",
                "contoso",
                "roles",
                List.of("default-roles-cosell", "MPN_ADMIN"),
                "scope",
                "profile email"));

        assertThat(caller).isEqualTo(new Caller("5d0c…", "contoso-crm", null, "contoso", Set.of(Role.MPN_ADMIN), true));
    }

    @Test
    void aKeycloakServiceAccountWithoutTheClientIdClaimIsKnownByItsUserName() {
        Caller caller = caller(Map.of(
                "sub",
                "s1",
                "azp",
                "fabrikam-crm",
                "preferred_username",
                "service-account-fabrikam-crm",
                "org",
                List.of("fabrikam"),
                "roles",
                List.of("REFERRAL_ADMIN")));

        assertThat(caller.application()).isTrue();
        assertThat(caller.name()).isEqualTo("fabrikam-crm");
        assertThat(caller.organizationId()).isEqualTo("fabrikam");
        assertThat(caller.roles()).containsExactly(Role.REFERRAL_ADMIN);
    }

    @Test
    void anEntraAppOnlyTokenTakesItsOrganizationFromConfiguration() {
        Caller caller = caller(Map.of(
                "sub",
                "sp-1",
                "oid",
                "sp-1",
                "idtyp",
                "app",
                "azp",
                CONTOSO_APP,
                "app_displayname",
                "Contoso CRM",
                "roles",
                List.of("REFERRAL_ADMIN"),
                "tid",
                "tenant"));

        assertThat(caller)
                .isEqualTo(new Caller("sp-1", "Contoso CRM", null, "contoso", Set.of(Role.REFERRAL_ADMIN), true));
    }

    @Test
    void anEntraV1AppOnlyTokenWithoutIdtypIsKnownByItsSubjectAndMissingScopes() {
        Caller caller =
                caller(Map.of("sub", "sp-2", "oid", "sp-2", "appid", FABRIKAM_APP, "roles", List.of("MPN_ADMIN")));

        assertThat(caller.application()).isTrue();
        assertThat(caller.name()).isEqualTo(FABRIKAM_APP);
        assertThat(caller.organizationId()).isEqualTo("fabrikam");
    }

    @Test
    void theTokensOrganizationClaimWinsOverConfiguration() {
        Caller caller = caller(Map.of(
                "sub",
                "sp-3",
                "idtyp",
                "app",
                "azp",
                CONTOSO_APP,
                "org",
                "fabrikam",
                "roles",
                List.of("REFERRAL_ADMIN")));

        assertThat(caller.organizationId()).isEqualTo("fabrikam");
    }

    @Test
    void anUnconfiguredApplicationHasNoOrganization() {
        Caller caller =
                caller(Map.of("sub", "sp-4", "idtyp", "app", "azp", "unknown-app", "roles", List.of("REFERRAL_ADMIN")));

        assertThat(caller.application()).isTrue();
        assertThat(caller.organizationId()).isNull();
    }

    @Test
    void aKeycloakPersonTokenIsUnchanged() {
        Caller caller = caller(Map.of(
                "sub",
                "id-bob",
                "azp",
                "cosell-ui",
                "preferred_username",
                "bob",
                "name",
                "Bob Lee",
                "email",
                "bob@contoso.example.com",
                "org",
                "contoso",
                "roles",
                List.of("REFERRAL_ADMIN"),
                "scope",
                "openid profile email"));

        assertThat(caller)
                .isEqualTo(new Caller(
                        "id-bob", "Bob Lee", "bob@contoso.example.com", "contoso", Set.of(Role.REFERRAL_ADMIN), false));
    }

    @Test
    void anEntraDelegatedTokenIsAPerson() {
        // sub is pairwise for a person, so it differs from oid; delegated tokens carry scp
        Caller caller = caller(Map.of(
                "sub",
                "pairwise-9",
                "oid",
                "user-9",
                "azp",
                CONTOSO_APP,
                "scp",
                "access",
                "name",
                "Mia Park",
                "preferred_username",
                "mia@microsoft.example",
                "org",
                "microsoft",
                "roles",
                List.of("SELLER")));

        assertThat(caller.application()).isFalse();
        assertThat(caller.name()).isEqualTo("Mia Park");
        assertThat(caller.organizationId()).isEqualTo("microsoft");
    }

    @Test
    void aPersonWithoutANameIsNotTakenForAnApplication() {
        Caller caller = caller(Map.of(
                "sub",
                "id-lee",
                "azp",
                "cosell-cli",
                "preferred_username",
                "lee",
                "org",
                "contoso",
                "roles",
                List.of("REFERRAL_ADMIN")));

        assertThat(caller.application()).isFalse();
        assertThat(caller.name()).isEqualTo("lee");
    }

    @Test
    void aPersonTokenNeverTakesAnOrganizationFromTheApplicationMap() {
        Caller caller = caller(Map.of("sub", "id-x", "azp", CONTOSO_APP, "name", "X", "roles", List.of("MPN_ADMIN")));

        assertThat(caller.application()).isFalse();
        assertThat(caller.organizationId()).isNull();
    }

    @Test
    void aMalformedApplicationOrganizationPairStopsTheStartUp() {
        assertThatThrownBy(() -> properties(List.of("contoso-crm")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'contoso-crm'");
        assertThatThrownBy(() -> properties(List.of("=contoso"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> properties(List.of("a=contoso", "a=fabrikam")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("named twice");
    }
}
