package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.json.Json;

/**
 * The organization page against the real Keycloak: an MPN admin sees exactly their organization's
 * members with the roles Keycloak holds, and a role ticked on the page is granted in Keycloak (dave,
 * who has none, gets and loses referral admin; the test puts him back as it found him).
 */
class OrganizationEndToEndTest extends StackTest {

    private static final Json JSON = new Json();
    private static final String MEMBERS = "/v1.0/organization/members";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> rolesByUser(String admin) throws Exception {
        Map<String, Object> body = json(Tokens.call(stack.settings(), admin, "GET", MEMBERS, null), 200);
        Map<String, List<String>> roles = new java.util.TreeMap<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) body.get("members")) {
            roles.put((String) m.get("username"), (List<String>) m.get("roles"));
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private static String idOf(String admin, String username) throws Exception {
        Map<String, Object> body = json(Tokens.call(stack.settings(), admin, "GET", MEMBERS, null), 200);
        return ((List<Map<String, Object>>) body.get("members"))
                .stream()
                        .filter(m -> username.equals(m.get("username")))
                        .findFirst()
                        .orElseThrow()
                        .get("id")
                        .toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tokenRoles(String user) throws Exception {
        String jwt = Tokens.of(stack.settings(), user);
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Map<String, Object> claims = JSON.toType(payload, Json.MAP_TYPE);
        Object roles = claims.get("roles");
        return roles == null ? List.of() : (List<String>) roles;
    }

    @Test
    void anAdminSeesTheirOwnOrganizationsMembersWithKeycloaksRoles() throws Exception {
        Map<String, List<String>> contoso = rolesByUser("alice");
        assertThat(contoso).containsOnlyKeys("alice", "bob", "dave", "service-account-contoso-crm");
        assertThat(contoso.get("alice")).containsExactly("MPN_ADMIN");
        assertThat(contoso.get("bob")).containsExactly("REFERRAL_ADMIN");
        assertThat(contoso.get("dave")).isEmpty();

        Map<String, List<String>> microsoft = rolesByUser("vera");
        assertThat(microsoft).containsOnlyKeys("mia", "vera", "service-account-microsoft-crm");
        assertThat(microsoft.get("vera")).containsExactly("SELLER", "VENDOR_ADMIN");

        // a referral admin and a seller are not their organization's admin
        assertThat(Tokens.call(stack.settings(), "bob", "GET", MEMBERS, null).statusCode())
                .isEqualTo(403);
        assertThat(Tokens.call(stack.settings(), "mia", "GET", MEMBERS, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void roleChangesAreCheckedAndReachKeycloak() throws Exception {
        String dave = idOf("alice", "dave");
        String bob = idOf("alice", "bob");
        String alice = idOf("alice", "alice");
        String put = MEMBERS + "/%s/roles";
        // another organization's member is not found; a vendor role is no partner's; nobody demotes themselves
        assertThat(Tokens.call(stack.settings(), "vera", "PUT", put.formatted(dave), "{\"roles\":[]}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(
                                Tokens.call(
                                        stack.settings(),
                                        "alice",
                                        "PUT",
                                        put.formatted(bob),
                                        "{\"roles\":[\"SELLER\"]}"),
                                400)
                        .get("detail")
                        .toString())
                .contains("SELLER");
        assertThat(Tokens.call(stack.settings(), "alice", "PUT", put.formatted(alice), "{\"roles\":[]}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(Tokens.call(stack.settings(), "bob", "PUT", put.formatted(dave), "{\"roles\":[\"REFERRAL_ADMIN\"]}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(rolesByUser("alice").get("bob")).containsExactly("REFERRAL_ADMIN");

        try (Browser browser = new Browser("en-US")) {
            browser.signInAt(stack.settings().frontendUrl() + "/organization", "alice");
            browser.awaitText(By.id("members"), "Dave Jung", Duration.ofSeconds(30));
            assertThat(browser.driver.findElement(By.id("role-alice-MPN_ADMIN")).getDomAttribute("disabled"))
                    .as("her own admin role cannot be unticked")
                    .isNotNull();
            browser.click("role-dave-REFERRAL_ADMIN");
            browser.awaitText(
                    By.tagName("vaadin-notification-card"), "Roles of Dave Jung saved", Duration.ofSeconds(15));
            assertThat(tokenRoles("dave")).containsExactly("REFERRAL_ADMIN");
            browser.screenshot("organization-alice");
        } finally {
            json(Tokens.call(stack.settings(), "alice", "PUT", put.formatted(dave), "{\"roles\":[]}"), 200);
        }
        assertThat(tokenRoles("dave")).isEmpty();
        assertThat(rolesByUser("alice").get("dave")).isEmpty();
    }
}
