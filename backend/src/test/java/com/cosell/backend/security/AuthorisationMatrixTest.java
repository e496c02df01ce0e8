package com.cosell.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix for every endpoint. The table must name each endpoint the application
 * maps: adding one without a rule here fails {@link #everyEndpointHasARule()}.
 */
@BackendTest
class AuthorisationMatrixTest {

    /** What each demo user gets. 2xx written as 200; {@code id} is replaced by a contoso referral's id. */
    record Rule(String method, String path, String body, int alice, int bob, int carol, int mia, int dave) {
    }

    private static final String R = "/v1.0/engagements/referrals";
    private static final String NAME_PATCH = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed by matrix\"}]";

    private static final String REGISTRATION = "{\"contractValue\":1000,\"currency\":\"USD\","
            + "\"signedDateTime\":\"2026-01-01T00:00:00Z\",\"termMonths\":12}";

    private static final String W = "/v1.0/webhooks";
    private static final String WEBHOOK = "{\"url\":\"https://203.0.113.10/matrix\",\"eventTypes\":"
            + "[\"referral-created\"],\"enabled\":false}";

    static final Map<String, Rule> RULES = new LinkedHashMap<>();
    /** Open without a token: a mail's unsubscribe link, whose token names the person (MailNotificationTest). */
    static final Set<String> PUBLIC = Set.of("GET /v1.0/email/unsubscribe", "POST /v1.0/email/unsubscribe");

    static {
        // contoso users own the referral; carol (fabrikam) and mia (vendor) must not even see it: 404.
        rule("GET", "/v1.0/me", null, 200, 200, 200, 200, 200);
        // Everyone's own mail preferences, as /v1.0/me: also those without a role.
        rule("GET", "/v1.0/me/email-preferences", null, 200, 200, 200, 200, 200);
        rule("PUT", "/v1.0/me/email-preferences", "{\"delivery\":\"INSTANT\"}", 200, 200, 200, 200, 200);
        rule("GET", R, null, 200, 200, 200, 200, 403);
        rule("POST", R, "PRIVATE_DEAL", 201, 201, 201, 403, 403);
        rule("GET", R + "/{id}", null, 200, 200, 404, 404, 403);
        rule("PUT", R + "/{id}", "SELF", 200, 200, 404, 404, 403);
        rule("PATCH", R + "/{id}", NAME_PATCH, 204, 204, 404, 404, 403);
        rule("GET", R + "/{id}/history", null, 200, 200, 404, 404, 403);
        // Presence: only those who may read the referral say they have it open ({viewId} is a page's own).
        rule("PUT", R + "/{id}/viewers/{viewId}", null, 200, 200, 404, 404, 403);
        rule("DELETE", R + "/{id}/viewers/{viewId}", null, 204, 204, 404, 404, 403);
        rule("GET", "/v1.0/customers?name=wood", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/solutions", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/reasons", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/contacts/recent", null, 200, 200, 200, 200, 403);
        // The co-sell directory: whoever may send a referral (partners' admins, sellers).
        rule("GET", "/v1.0/organizations", null, 200, 200, 200, 200, 403);
        // Withdrawing an invitation: the deal's owners only; this one invited nobody (404), others cannot see it.
        rule("DELETE", R + "/{id}/target/{organizationId}", null, 404, 404, 404, 404, 403);
        rule("GET", "/v1.0/notifications", null, 200, 200, 200, 200, 403);
        // {id} is a referral's id here, never a notification's: 404 for everyone who may read.
        rule("POST", "/v1.0/notifications/{id}/read", "", 404, 404, 404, 404, 403);
        rule("POST", "/v1.0/notifications/read-all", "", 204, 204, 204, 204, 403);
        // Registering needs a won deal (this one is open: 409 for its owners); reviewing is the vendor's.
        rule("POST", R + "/{id}/registrations", REGISTRATION, 409, 409, 404, 403, 403);
        rule("GET", "/v1.0/registrations", null, 403, 403, 403, 200, 403);
        rule("PATCH", "/v1.0/registrations/{id}", "{\"status\":\"Approved\"}", 403, 403, 403, 404, 403);
        // Members are the organization admin's; the tests' server has no directory, so no role changes.
        rule("GET", "/v1.0/organization/members", null, 200, 403, 403, 403, 403);
        rule("PUT", "/v1.0/organization/members/{id}/roles", "{\"roles\":[]}", 403, 403, 403, 403, 403);
        // Webhooks are the organization admin's (MPN admin; vendor admin, whom no demo user is); {id} is
        // a referral's id, never a subscription's: 404 for the admin. Created disabled: nothing is sent.
        rule("GET", W, null, 200, 403, 403, 403, 403);
        rule("POST", W, WEBHOOK, 201, 403, 403, 403, 403);
        rule("GET", W + "/{id}", null, 404, 403, 403, 403, 403);
        rule("PATCH", W + "/{id}", "{\"enabled\":false}", 404, 403, 403, 403, 403);
        rule("DELETE", W + "/{id}", null, 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/rotate-secret", "", 404, 403, 403, 403, 403);
        rule("GET", W + "/{id}/deliveries", null, 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/test", "", 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/redeliver", "{\"seq\":1}", 404, 403, 403, 403, 403);
        rule("POST", W + "/{id}/replay", "{\"fromSeq\":1}", 404, 403, 403, 403, 403);
        // CSV: the export reads as the list does; the import (a dry run here: nothing changes) is partners' work.
        rule("GET", R + "/export", null, 200, 200, 200, 200, 403);
        rule("GET", "/v1.0/registrations/export", null, 403, 403, 403, 200, 403);
        rule("POST", R + "/import?mode=dryRun", "CRM ID,Deal name\nMATRIX-1,Matrix\n", 200, 200, 200, 403, 403);
        // Comments: whoever reads the referral; {commentId} names no comment (404); only its author changes one.
        rule("GET", R + "/{id}/comments", null, 200, 200, 404, 404, 403);
        rule("POST", R + "/{id}/comments", "{\"channel\":\"internal\",\"body\":\"Matrix\"}", 201, 201, 404, 404, 403);
        rule("GET", R + "/{id}/comments/mentionable?channel=internal", null, 200, 200, 404, 404, 403);
        rule("PATCH", R + "/{id}/comments/{commentId}", "{\"body\":\"Matrix\"}", 404, 404, 404, 404, 403);
        rule("DELETE", R + "/{id}/comments/{commentId}", null, 404, 404, 404, 404, 403);
    }

    private static void rule(String method, String path, String body, int... statuses) {
        RULES.put(method + " " + path.replaceAll("\\?.*", ""),
                new Rule(method, path, body, statuses[0], statuses[1], statuses[2], statuses[3], statuses[4]));
    }

    @Autowired
    WebTestClient client;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream().flatMap(m ->
                        info.getPatternsCondition().getPatterns().stream()
                                .filter(p -> p.getPatternString().startsWith("/v1.0")) // not springdoc's own
                                .map(p -> m.name() + " " + p.getPatternString())))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ruled = new TreeSet<>(RULES.keySet());
        ruled.addAll(PUBLIC);
        assertThat(mapped).as("endpoints without a rule in this test").isEqualTo(ruled);
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() {
        for (Rule rule : RULES.values()) {
            Map<String, Integer> expected = Map.of("alice", rule.alice(), "bob", rule.bob(), "carol", rule.carol(),
                    "mia", rule.mia(), "dave", rule.dave());
            for (var user : expected.entrySet()) {
                String id = api.create("bob", Deals.privateDeal("Matrix " + rule.path())).get("id").asString();
                int status = call(rule, id, Users.token(user.getKey()));
                assertThat(status).as("%s %s as %s", rule.method(), rule.path(), user.getKey())
                        .isEqualTo(user.getValue());
            }
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (Rule rule : RULES.values()) {
            String id = api.create("bob", Deals.privateDeal("No token")).get("id").asString();
            assertThat(call(rule, id, null))
                    .as("%s %s without token", rule.method(), rule.path()).isEqualTo(401);
        }
    }

    @Test
    void aValidTokenOfAnUnknownOrganizationGetsNothing() {
        String stranger = TestIssuer.get().token("eve", "umbrella", "MPN_ADMIN", "SELLER");
        for (Rule rule : RULES.values()) {
            String id = api.create("bob", Deals.privateDeal("Stranger")).get("id").asString();
            assertThat(call(rule, id, stranger))
                    .as("%s %s for an unknown organisation", rule.method(), rule.path()).isEqualTo(403);
        }
    }

    @Test
    void aSellerRoleInAPartnerOrganizationCountsForNothing() {
        String partnerSeller = TestIssuer.get().token("sam", "contoso", "SELLER");
        client.get().uri(R).headers(h -> h.setBearerAuth(partnerSeller)).exchange().expectStatus().isForbidden();
        client.post().uri(R).headers(h -> h.setBearerAuth(partnerSeller)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Deals.sellerReferral("Fake seller", "fabrikam")).exchange().expectStatus().isForbidden();
    }

    @Test
    void sellersAndPartnersCannotDoEachOthersWork() {
        // A partner's referral to a partner is a partner's deal, with the deal's rules, never a seller's...
        api.post("bob", R, Deals.sellerReferral("Partner posing as seller", "fabrikam")).expectStatus().isBadRequest();
        // ...a seller creates no partner's deal...
        api.post("mia", R, Deals.privateDeal("Seller posing as partner")).expectStatus().isForbidden();
        // ...and a seller cannot answer a partner's referral: it does not exist for the vendor.
        String sent = api.create("mia", Deals.sellerReferral("For contoso only", "contoso")).get("engagementId").asString();
        String received = api.engagement("bob", sent).get(0).get("id").asString();
        api.patch("mia", received, Deals.acceptPatch("Seller accepts for partner"), null).expectStatus().isNotFound();
        api.patch("carol", received, Deals.acceptPatch("Other partner accepts"), null).expectStatus().isNotFound();
    }

    @Test
    void partnersSendToPartnersAndOnlyTheOwnersInviteOrWithdraw() {
        var deal = api.create("bob", Deals.invitingDeal("Matrix invite", "fabrikam"));
        String id = deal.get("id").asString();
        String engagement = deal.get("engagementId").asString();
        assertThat(api.engagement("carol", engagement)).hasSize(1);
        assertThat(api.engagement("mia", engagement)).isEmpty();
        // Without a role nobody invites; the invitee and the vendor do not even see the owner's deal.
        api.patch("dave", id, Deals.invitePatch("fabrikam"), null).expectStatus().isForbidden();
        api.patch("carol", id, Deals.invitePatch("fabrikam"), null).expectStatus().isNotFound();
        api.patch("mia", id, Deals.invitePatch("fabrikam"), null).expectStatus().isNotFound();
        String partnerSeller = TestIssuer.get().token("sam", "contoso", "SELLER");
        client.post().uri(R).headers(h -> h.setBearerAuth(partnerSeller)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Deals.invitingDeal("Fake", "fabrikam")).exchange().expectStatus().isForbidden();
        client.delete().uri(R + "/" + id + "/target/fabrikam").headers(h -> h.setBearerAuth(Users.token("carol")))
                .exchange().expectStatus().isNotFound();
        client.delete().uri(R + "/" + id + "/target/fabrikam").headers(h -> h.setBearerAuth(Users.token("alice")))
                .exchange().expectStatus().isOk();
    }

    private int call(Rule rule, String id, String token) {
        String uri = rule.path().replace("{id}", id).replace("{organizationId}", "fabrikam")
                .replace("{commentId}", java.util.UUID.randomUUID().toString()).replace("{viewId}", "matrix-page");
        WebTestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(rule.method())).uri(uri)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        if (rule.body() == null) {
            return spec.exchange().expectBody(String.class).returnResult().getStatus().value();
        }
        String body = switch (rule.body()) {
            case "PRIVATE_DEAL" -> Deals.privateDeal("Matrix deal");
            case "SELF" -> {
                var current = api.read("bob", R + "/" + id);
                yield current.toString();
            }
            default -> rule.body();
        };
        if (rule.method().equals("PUT") && rule.path().startsWith(R)) {
            var current = Api.json(body);
            spec = spec.header("If-Match", current.get("eTag").asString());
        }
        MediaType type = rule.method().equals("PATCH") && rule.path().startsWith(R) && !rule.path().contains("/comments")
                ? MediaType.parseMediaType("application/json-patch+json")
                : rule.path().contains("/import") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON;
        return spec.contentType(type).bodyValue(body).exchange().expectBody(String.class).returnResult().getStatus().value();
    }
}
