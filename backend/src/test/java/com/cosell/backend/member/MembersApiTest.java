package com.cosell.backend.member;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.TestIssuer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The organization page's API on a server not connected to the identity provider's admin API (the
 * backend tests' own): who may call it, and what it answers then. Reading and changing members in a
 * real Keycloak is the devstack's {@code OrganizationEndToEndTest}.
 */
@BackendTest
class MembersApiTest {

    @Autowired
    WebTestClient client;

    private final TestIssuer issuer = TestIssuer.get();

    private WebTestClient.ResponseSpec members(String token) {
        return client.get()
                .uri(MembersController.PATH)
                .headers(h -> h.setBearerAuth(token))
                .exchange();
    }

    @Test
    void onlyTheOrganizationsAdminMayList() {
        members(issuer.token("bob", "contoso", "REFERRAL_ADMIN"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        members(issuer.token("mia", "microsoft", "SELLER")).expectStatus().isForbidden();
        // a partner role in the vendor's organization and the vendor's admin role in a partner count for nothing
        members(issuer.token("mallory", "microsoft", "MPN_ADMIN"))
                .expectStatus()
                .isForbidden();
        members(issuer.token("eve", "contoso", "VENDOR_ADMIN")).expectStatus().isForbidden();
    }

    @Test
    void withoutADirectoryItSaysSoAndOffersTheRolesOfTheOrganizationsKind() {
        members(issuer.token("alice", "contoso", "MPN_ADMIN"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.organization.id")
                .isEqualTo("contoso")
                .jsonPath("$.directoryConnected")
                .isEqualTo(false)
                .jsonPath("$.rolesEditable")
                .isEqualTo(false)
                .jsonPath("$.assignableRoles")
                .isEqualTo(List.of("MPN_ADMIN", "REFERRAL_ADMIN"))
                .jsonPath("$.members")
                .isEmpty();
        members(issuer.token("vera", "microsoft", "VENDOR_ADMIN"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.organization.kind")
                .isEqualTo("VENDOR")
                .jsonPath("$.assignableRoles")
                .isEqualTo(List.of("VENDOR_ADMIN", "SELLER"));
    }

    @Test
    void rolesCannotBeChangedWhereTheServerDoesNotManageThem() {
        client.put()
                .uri(MembersController.PATH + "/id-bob/roles")
                .headers(h -> h.setBearerAuth(issuer.token("alice", "contoso", "MPN_ADMIN")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("MPN_ADMIN")))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> org.assertj.core.api.Assertions.assertThat(d.toString())
                        .contains("managed in the identity provider"));
    }
}
