package com.cosell.backend.security;

import static com.cosell.backend.support.Api.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.Users;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The comment part of {@link IsolationPropertyTest}: every organization writes an internal comment
 * and a parties message on each referral it holds; then no reader sees another organization's
 * internal comments, a parties message outside its engagement's parties, or anyone to mention
 * outside them — and a private deal has no parties channel at all.
 */
final class CommentIsolation {

    private static final Map<String, String> WRITER = Map.of("contoso", "bob", "fabrikam", "carol", "microsoft", "mia");

    private final Api api;
    private final Map<String, String> ownerOf = new HashMap<>(); // referral → organization
    private final Map<String, String> engagementOf = new HashMap<>(); // referral → engagement
    private final Map<String, Set<String>> partiesOf = new HashMap<>(); // engagement → organizations

    CommentIsolation(Api api, Set<String> engagements) {
        this.api = api;
        for (var writer : WRITER.entrySet()) {
            for (String e : engagements) {
                for (JsonNode r : api.engagement(writer.getValue(), e)) {
                    ownerOf.put(r.get("id").asString(), writer.getKey());
                    engagementOf.put(r.get("id").asString(), e);
                    partiesOf.computeIfAbsent(e, x -> new TreeSet<>()).add(writer.getKey());
                }
            }
        }
        for (var referral : ownerOf.entrySet()) {
            String writer = WRITER.get(referral.getValue());
            String path = path(referral.getKey());
            api.post(writer, path, "{\"channel\": \"internal\", \"body\": \"internal of " + referral.getValue() + "\"}")
                    .expectStatus()
                    .isCreated();
            boolean shared = partiesOf.get(engagementOf.get(referral.getKey())).size() > 1;
            api.post(writer, path, "{\"channel\": \"parties\", \"body\": \"to the parties\"}")
                    .expectStatus()
                    .isEqualTo(shared ? 201 : 409);
        }
    }

    void check(String reader) {
        String org = Users.ALL.get(reader).org();
        for (var referral : ownerOf.entrySet()) {
            String path = path(referral.getKey());
            if (!referral.getValue().equals(org)) {
                assertThat(status(reader, path))
                        .as("comments of another's referral, as %s", reader)
                        .isEqualTo(404);
                assertThat(status(reader, path + "/mentionable?channel=internal"))
                        .isEqualTo(404);
                continue;
            }
            Set<String> parties = partiesOf.get(engagementOf.get(referral.getKey()));
            JsonNode thread = api.read(reader, path);
            assertThat(thread.get("channels")).hasSize(parties.size() > 1 ? 2 : 1);
            for (JsonNode c : thread.get("value")) {
                String author = c.get("organizationId").asString();
                if (c.get("channel").asString().equals("internal")) {
                    assertThat(author).as("internal comment read by %s", reader).isEqualTo(org);
                } else {
                    assertThat(parties)
                            .as("parties message read by %s", reader)
                            .contains(author)
                            .hasSizeGreaterThan(1);
                }
            }
            api.read(reader, path + "/mentionable?channel=internal")
                    .get("value")
                    .forEach(p -> assertThat(p.get("organizationId").asString()).isEqualTo(org));
            if (parties.size() > 1) {
                api.read(reader, path + "/mentionable?channel=parties")
                        .get("value")
                        .forEach(p -> assertThat(parties)
                                .contains(p.get("organizationId").asString()));
            }
        }
    }

    private int status(String user, String uri) {
        return api.get(user, uri)
                .expectBody(String.class)
                .returnResult()
                .getStatus()
                .value();
    }

    private static String path(String referral) {
        return REFERRALS + "/" + referral + "/comments";
    }
}
