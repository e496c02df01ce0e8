package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Integrations sign in as themselves with the real Keycloak: the realm's per-organization clients get
 * client-credentials tokens that the backend accepts, and what they do is recorded as theirs.
 */
class ApplicationSignInTest extends StackTest {

    private static final Json JSON = new Json();
    private static final String REFERRALS = "/v1.0/engagements/referrals";
    private static final String AZURE = "00000000-0000-4000-8000-000000000101";

    private static String token(String client) throws Exception {
        return Tokens.ofApplication(stack.settings(), client, client + "-dev-secret");
    }

    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.toType(payload, Json.MAP_TYPE);
    }

    private static Object json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.toType(response.body(), Object.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String token, String method, String path, String body, int status)
            throws Exception {
        return (Map<String, Object>) json(Tokens.callWith(stack.settings(), token, method, path, body), status);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(String token, Object id) throws Exception {
        return (List<Map<String, Object>>)
                json(Tokens.callWith(stack.settings(), token, "GET", REFERRALS + "/" + id + "/history", null), 200);
    }

    private static String privateDeal(String name) {
        return """
                {"name": "%s", "type": "Independent",
                 "customerProfile": {"name": "Woodgrove Bank", "address": {"city": "Seoul", "country": "KR"}},
                 "details": {"dealValue": 40000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z",
                   "requirements": {"solutions": [{"id": "%s"}]}},
                 "team": [{"firstName": "Sync", "lastName": "Owner", "phoneNumber": "+82 2 555 0100",
                   "email": "crm-owner@partner.example"}]}""".formatted(name, AZURE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachOrganizationsClientGetsATokenCarryingItsOrganizationAndRoles() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "contoso-crm",
                List.of("contoso", "REFERRAL_ADMIN"),
                "fabrikam-crm",
                List.of("fabrikam", "REFERRAL_ADMIN"),
                "microsoft-crm",
                List.of("microsoft", "SELLER"));
        for (Map.Entry<String, List<String>> app : expected.entrySet()) {
            Map<String, Object> claims = claims(token(app.getKey()));
            assertThat(claims.get("org"))
                    .as(app.getKey())
                    .isEqualTo(app.getValue().get(0));
            assertThat((List<Object>) claims.get("roles"))
                    .as(app.getKey())
                    .contains(app.getValue().get(1));
            assertThat(claims.get("azp")).isEqualTo(app.getKey());
            assertThat(claims.get("client_id")).isEqualTo(app.getKey()); // says: an application, no person
            assertThat(claims.get("preferred_username")).isEqualTo("service-account-" + app.getKey());
            assertThat(claims.get("aud").toString()).contains("cosell-api");
            assertThat(claims).doesNotContainKey("name");
        }
    }

    @Test
    void aWrongSecretGetsNoTokenAndNoPersonSignsInThroughTheClient() throws Exception {
        assertThat(Tokens.tokenEndpoint(
                                stack.settings(),
                                "grant_type=client_credentials&client_id=contoso-crm&client_secret=not-the-secret")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> password = Tokens.tokenEndpoint(
                stack.settings(),
                "grant_type=password"
                        + "&client_id=contoso-crm&client_secret=contoso-crm-dev-secret&username=bob&password=bob");
        assertThat(password.statusCode()).isBetween(400, 401);
        assertThat(password.body()).doesNotContain("access_token");
    }

    @Test
    void anApplicationWorksTheApiAsItselfWithinItsOrganization() throws Exception {
        String contoso = token("contoso-crm");
        assertThat(call(contoso, "GET", REFERRALS, null, 200)).containsKey("value");
        Map<String, Object> me = call(contoso, "GET", "/v1.0/me", null, 200);
        assertThat(me.get("name")).isEqualTo("contoso-crm");
        assertThat(me.get("organization").toString()).contains("contoso");

        Object own = call(contoso, "POST", REFERRALS, privateDeal("CRM sync " + UUID.randomUUID()), 201)
                .get("id");
        List<Map<String, Object>> history = history(contoso, own);
        assertThat(history).isNotEmpty();
        assertThat(history).allSatisfy(h -> assertThat(h.get("actorName")).isEqualTo("contoso-crm (application)"));

        // another organization's application cannot reach it, nor can contoso's reach theirs
        String fabrikam = token("fabrikam-crm");
        call(fabrikam, "GET", REFERRALS + "/" + own, null, 404);
        Object theirs = call(fabrikam, "POST", REFERRALS, privateDeal("Fabrikam CRM " + UUID.randomUUID()), 201)
                .get("id");
        call(contoso, "GET", REFERRALS + "/" + theirs, null, 404);
        call(contoso, "GET", REFERRALS + "/" + theirs + "/history", null, 404);
    }

    @Test
    void theVendorsApplicationSendsAReferralAndThePartnerSeesWhichApplicationSentIt() throws Exception {
        String sent = """
                {"name": "From the vendor's CRM %s", "target": ["contoso"],
                 "customerProfile": {"name": "Northwind Traders", "address": {"city": "San Francisco", "country": "US"}},
                 "details": {"dealValue": 50000, "currency": "USD", "closingDateTime": "2027-06-30T00:00:00Z"}}""".formatted(UUID.randomUUID());
        Object engagement =
                call(token("microsoft-crm"), "POST", REFERRALS, sent, 201).get("engagementId");

        String contoso = token("contoso-crm");
        List<?> copies =
                (List<?>) call(contoso, "GET", REFERRALS + "?%24filter=engagementId%20eq%20" + engagement, null, 200)
                        .get("value");
        assertThat(copies).hasSize(1);
        Object copy = ((Map<?, ?>) copies.get(0)).get("id");
        assertThat(history(contoso, copy).get(0).get("actorName")).isEqualTo("microsoft-crm (application)");
        call(token("fabrikam-crm"), "GET", REFERRALS + "/" + copy, null, 404);
    }
}
