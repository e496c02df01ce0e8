package com.cosell.backend.security;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * The owner part of {@link IsolationPropertyTest}: partners assign their referrals to people of any
 * organization (only their own are taken) and route inbound referrals; then no reader sees an owner
 * outside its organization, another organization's people or rules, or another organization's
 * referral through the owner filter.
 */
final class OwnerIsolation {

    /** The demo people and their organizations. */
    private static final Map<String, String> PEOPLE =
            Map.of("id-alice", "contoso", "id-bob", "contoso", "id-carol", "fabrikam", "id-mia", "microsoft");

    private static final List<String> PEOPLE_IDS = List.of("id-alice", "id-bob", "id-carol", "id-mia");

    private final Api api;

    OwnerIsolation(Api api) {
        this.api = api;
        for (String user : List.of("alice", "bob", "carol", "mia")) {
            api.get(user, "/v1.0/me").expectStatus().isOk(); // known from a sign-in, as owners must be
        }
        clearRules(); // whatever a failed scenario left
    }

    /** {@code user} assigns its organization's copies in the engagement to someone; only a colleague is taken. */
    void assign(String user, String engagement, int pick) {
        String person = PEOPLE_IDS.get(pick % PEOPLE_IDS.size());
        String org = Users.ALL.get(user).org();
        for (JsonNode mine : api.engagement(user, engagement)) {
            int status = api.call(
                            HttpMethod.PUT,
                            user,
                            REFERRALS + "/" + mine.get("id").asString() + "/owner",
                            "{\"id\": \"" + person + "\"}")
                    .expectBody(String.class)
                    .returnResult()
                    .getStatus()
                    .value();
            assertThat(status)
                    .as("%s assigns to %s", user, person)
                    .isEqualTo(PEOPLE.get(person).equals(org) ? 200 : 400);
        }
    }

    /** contoso's admin routes inbound US referrals to one of its people (or, refused, to another organization's). */
    void route(int pick) {
        String person = PEOPLE_IDS.get(pick % PEOPLE_IDS.size());
        int status = api.post(
                        "alice",
                        "/v1.0/routing-rules",
                        "{\"precedence\": " + (pick + 1) + ", \"country\": \"US\", \"owners\": [\"" + person + "\"]}")
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
        assertThat(status).isIn(PEOPLE.get(person).equals("contoso") ? List.of(201, 409) : List.of(400));
    }

    void check(String reader, Set<String> engagements) {
        String org = Users.ALL.get(reader).org();
        for (String e : engagements) {
            for (JsonNode r : api.engagement(reader, e)) {
                if (r.has("owner")) {
                    assertThat(PEOPLE.get(r.get("owner").get("id").asString()))
                            .as("%s's owner as %s reads it", r.get("id").asString(), reader)
                            .isEqualTo(org);
                }
            }
        }
        api.read(reader, "/v1.0/people")
                .get("value")
                .forEach(p -> assertThat(PEOPLE.getOrDefault(p.get("id").asString(), org))
                        .isEqualTo(org));
        for (String person : PEOPLE_IDS) {
            if (!PEOPLE.get(person).equals(org)) {
                assertThat(api.read(reader, REFERRALS + "?owner=" + person).get("value"))
                        .as("%s filtering by %s", reader, person)
                        .isEmpty();
            }
        }
        int rules = api.get(reader, "/v1.0/routing-rules")
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
        assertThat(rules).isEqualTo(reader.equals("alice") ? 200 : 403);
    }

    /** Removes contoso's rules: no other scenario or test is routed by them. */
    void clearRules() {
        List<String> ids = new ArrayList<>();
        api.read("alice", "/v1.0/routing-rules")
                .get("value")
                .forEach(r -> ids.add(r.get("id").asString()));
        ids.forEach(id -> api.delete("alice", "/v1.0/routing-rules/" + id));
    }
}
