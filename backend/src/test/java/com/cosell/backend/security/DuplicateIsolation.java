package com.cosell.backend.security;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Users;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The duplicate part of {@link IsolationPropertyTest}: whatever was linked (as the same customer, or
 * closed as a duplicate), a reader's duplicate reports, draft candidates and (the vendor's) conflicts
 * name only deals its own organization holds; another organization's referral has no report for it (404), a partner has no
 * conflicts at all, and nobody closes a referral as the duplicate of, or links it to, another
 * organization's deal.
 */
final class DuplicateIsolation {

    private final Api api;
    private final Map<String, String> ownerOf; // referral → organization
    private final Map<String, Boolean> readable = new HashMap<>(); // "reader id" → may read

    DuplicateIsolation(Api api, Map<String, String> ownerOf) {
        this.api = api;
        this.ownerOf = ownerOf;
    }

    /** The scenario step: closes one of the organization's deals as the duplicate of another of its deals. */
    static void closeOne(Api api, String user, List<JsonNode> created, int pick) {
        String org = Users.ALL.get(user).org();
        List<JsonNode> mine = created.stream()
                .filter(c -> c.get("organizationId").asString().equals(org))
                .toList();
        if (mine.size() >= 2) {
            String id = mine.get(pick % mine.size()).get("id").asString();
            String of = mine.get((pick + 1) % mine.size()).get("id").asString();
            assertThat(status(api.post(user, REFERRALS + "/" + id + "/close-as-duplicate", body(of))))
                    .isIn(200, 400, 403, 409);
        }
    }

    /**
     * The scenario step: links one of the organization's deals to any deal created so far, often another
     * organization's, which must be refused as a missing one would be (400), never linked.
     */
    static void linkOne(Api api, String user, List<JsonNode> created, int pick) {
        String org = Users.ALL.get(user).org();
        List<JsonNode> mine = created.stream()
                .filter(c -> c.get("organizationId").asString().equals(org))
                .toList();
        if (!mine.isEmpty() && created.size() >= 2) {
            String id = mine.get(pick % mine.size()).get("id").asString();
            JsonNode to = created.get((pick * 7 + 1) % created.size());
            int status = status(api.post(
                    user, REFERRALS + "/" + id + "/links", link(to.get("id").asString())));
            assertThat(status)
                    .isIn(
                            to.get("organizationId").asString().equals(org)
                                    ? List.of(200, 201, 400, 403, 409)
                                    : List.of(400, 403, 409));
        }
    }

    void check(String reader) {
        String org = Users.ALL.get(reader).org();
        boolean vendor = org.equals("microsoft");
        String own = ownerOf.entrySet().stream()
                .filter(e -> e.getValue().equals(org))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        for (var referral : ownerOf.entrySet()) {
            String path = REFERRALS + "/" + referral.getKey() + "/duplicates";
            if (!referral.getValue().equals(org)) {
                assertThat(status(api.get(reader, path)))
                        .as("duplicates of another's, as %s", reader)
                        .isEqualTo(404);
                if (own != null) {
                    // neither way round: another's deal as the duplicate, or of one's own
                    assertThat(status(api.post(
                                    reader, REFERRALS + "/" + own + "/close-as-duplicate", body(referral.getKey()))))
                            .isIn(400, 409);
                    assertThat(status(api.post(
                                    reader, REFERRALS + "/" + referral.getKey() + "/close-as-duplicate", body(own))))
                            .isEqualTo(404);
                    assertThat(status(api.post(reader, REFERRALS + "/" + own + "/links", link(referral.getKey()))))
                            .as("linking another's deal, as %s", reader)
                            .isIn(400, 409);
                }
                continue;
            }
            JsonNode report = api.read(reader, path);
            assertThat(report.has("conflicts")).as("conflicts for %s", reader).isEqualTo(vendor);
            assertOwn(reader, report);
        }
        assertOwn(
                reader, api.read(reader, REFERRALS + "/duplicate-candidates?customerName=Woodgrove%20Bank&country=KR"));
        assertOwn(reader, api.read(reader, REFERRALS + "/duplicate-candidates?duns=123456789"));
        String ids = String.join(",", ownerOf.keySet().stream().limit(200).toList());
        if (vendor) {
            JsonNode conflicts = api.read(reader, REFERRALS + "/conflicts?ids=" + ids);
            assertOwn(reader, conflicts);
        } else {
            assertThat(status(api.get(reader, REFERRALS + "/conflicts?ids=" + ids)))
                    .isEqualTo(403);
        }
    }

    /** Every referral id anywhere in the answer is one the reader's organization holds. */
    private void assertOwn(String reader, JsonNode answer) {
        String org = Users.ALL.get(reader).org();
        for (String id : answer.findValuesAsString("id")) {
            boolean may = ownerOf.containsKey(id)
                    ? ownerOf.get(id).equals(org)
                    : readable.computeIfAbsent(
                            reader + " " + id, k -> status(api.get(reader, REFERRALS + "/" + id)) == 200);
            assertThat(may).as("%s shown to %s", id, reader).isTrue();
        }
    }

    private static String link(String to) {
        return "{\"linkedTo\": \"" + to + "\"}";
    }

    private static String body(String of) {
        return "{\"duplicateOf\": \"" + of + "\"}";
    }

    private static int status(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
        return spec.expectBody(String.class).returnResult().getStatus().value();
    }
}
