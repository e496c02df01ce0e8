package com.cosell.backend.security;

import static com.cosell.backend.security.AuthorisationMatrix.PUBLIC;
import static com.cosell.backend.security.AuthorisationMatrix.R;
import static com.cosell.backend.security.AuthorisationMatrix.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.security.AuthorisationMatrix.Rule;
import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import com.cosell.backend.support.TestIssuer;
import com.cosell.backend.support.Users;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint against the {@link AuthorisationMatrix}: each must have a rule there (adding one
 * without fails {@link #everyEndpointHasARule()}), answer each role as it says, need a token and give
 * an unknown organization nothing; beyond the table, sellers and partners cannot do each other's work.
 */
class AuthorisationMatrixTest extends ApiTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARule() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPatternsCondition().getPatterns().stream()
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
            Map<String, Integer> expected = Map.of(
                    "alice",
                    rule.alice(),
                    "bob",
                    rule.bob(),
                    "carol",
                    rule.carol(),
                    "mia",
                    rule.mia(),
                    "dave",
                    rule.dave());
            for (var user : expected.entrySet()) {
                String id = api.create("bob", Deals.privateDeal("Matrix " + rule.path()))
                        .get("id")
                        .asString();
                int status = call(rule, id, Users.token(user.getKey()));
                assertThat(status)
                        .as("%s %s as %s", rule.method(), rule.path(), user.getKey())
                        .isEqualTo(user.getValue());
            }
        }
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (Rule rule : RULES.values()) {
            String id =
                    api.create("bob", Deals.privateDeal("No token")).get("id").asString();
            assertThat(call(rule, id, null))
                    .as("%s %s without token", rule.method(), rule.path())
                    .isEqualTo(401);
        }
    }

    @Test
    void aValidTokenOfAnUnknownOrganizationGetsNothing() {
        String stranger = TestIssuer.get().token("eve", "umbrella", "MPN_ADMIN", "SELLER");
        for (Rule rule : RULES.values()) {
            String id =
                    api.create("bob", Deals.privateDeal("Stranger")).get("id").asString();
            assertThat(call(rule, id, stranger))
                    .as("%s %s for an unknown organization", rule.method(), rule.path())
                    .isEqualTo(403);
        }
    }

    @Test
    void aSellerRoleInAPartnerOrganizationCountsForNothing() {
        String partnerSeller = TestIssuer.get().token("sam", "contoso", "SELLER");
        client.get()
                .uri(R)
                .headers(h -> h.setBearerAuth(partnerSeller))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.post()
                .uri(R)
                .headers(h -> h.setBearerAuth(partnerSeller))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Deals.sellerReferral("Fake seller", "fabrikam"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void sellersAndPartnersCannotDoEachOthersWork() {
        // A partner's referral to a partner is a partner's deal, with the deal's rules, never a seller's...
        api.post("bob", R, Deals.sellerReferral("Partner posing as seller", "fabrikam"))
                .expectStatus()
                .isBadRequest();
        // ...a seller creates no partner's deal...
        api.post("mia", R, Deals.privateDeal("Seller posing as partner"))
                .expectStatus()
                .isForbidden();
        // ...and a seller cannot answer a partner's referral: it does not exist for the vendor.
        String sent = api.create("mia", Deals.sellerReferral("For contoso only", "contoso"))
                .get("engagementId")
                .asString();
        String received = api.engagement("bob", sent).get(0).get("id").asString();
        api.patch("mia", received, Deals.acceptPatch("Seller accepts for partner"), null)
                .expectStatus()
                .isNotFound();
        api.patch("carol", received, Deals.acceptPatch("Other partner accepts"), null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void partnersSendToPartnersAndOnlyTheOwnersInviteOrWithdraw() {
        var deal = api.create("bob", Deals.invitingDeal("Matrix invite", "fabrikam"));
        String id = deal.get("id").asString();
        String engagement = deal.get("engagementId").asString();
        assertThat(api.engagement("carol", engagement)).hasSize(1);
        assertThat(api.engagement("mia", engagement)).isEmpty();
        // Without a role nobody invites; the invitee and the vendor do not even see the owner's deal.
        api.patch("dave", id, Deals.invitePatch("fabrikam"), null)
                .expectStatus()
                .isForbidden();
        api.patch("carol", id, Deals.invitePatch("fabrikam"), null)
                .expectStatus()
                .isNotFound();
        api.patch("mia", id, Deals.invitePatch("fabrikam"), null).expectStatus().isNotFound();
        String partnerSeller = TestIssuer.get().token("sam", "contoso", "SELLER");
        client.post()
                .uri(R)
                .headers(h -> h.setBearerAuth(partnerSeller))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Deals.invitingDeal("Fake", "fabrikam"))
                .exchange()
                .expectStatus()
                .isForbidden();
        client.delete()
                .uri(R + "/" + id + "/target/fabrikam")
                .headers(h -> h.setBearerAuth(Users.token("carol")))
                .exchange()
                .expectStatus()
                .isNotFound();
        client.delete()
                .uri(R + "/" + id + "/target/fabrikam")
                .headers(h -> h.setBearerAuth(Users.token("alice")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private int call(Rule rule, String id, String token) {
        String uri = rule.path()
                .replace("{id}", id)
                .replace("{organizationId}", "fabrikam")
                .replace("{commentId}", java.util.UUID.randomUUID().toString())
                .replace("{linkedId}", java.util.UUID.randomUUID().toString())
                .replace("{viewId}", "matrix-page");
        // Only the status counts; a whole export of the suite's referrals is larger than the default buffer
        WebTestClient.RequestBodySpec spec = client.mutate()
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .build()
                .method(HttpMethod.valueOf(rule.method()))
                .uri(uri)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        if (rule.body() == null) {
            return spec.exchange()
                    .expectBody(String.class)
                    .returnResult()
                    .getStatus()
                    .value();
        }
        String body = switch (rule.body()) {
            case "PRIVATE_DEAL" -> Deals.privateDeal("Matrix deal");
            case "SELF" -> {
                var current = api.read("bob", R + "/" + id);
                yield current.toString();
            }
            default -> rule.body();
        };
        if (rule.method().equals("PUT") && rule.path().equals(R + "/{id}")) {
            var current = Api.json(body);
            spec = spec.header("If-Match", current.get("eTag").asString());
        }
        MediaType type = rule.method().equals("PATCH")
                        && rule.path().startsWith(R)
                        && !rule.path().contains("/comments")
                ? MediaType.parseMediaType("application/json-patch+json")
                : rule.path().contains("/import") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON;
        return spec.contentType(type)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
    }
}
