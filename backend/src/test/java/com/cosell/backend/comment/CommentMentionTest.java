package com.cosell.backend.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Mentions reach the person mentioned — under their own bell only, on their own organization's
 * referral — and never anyone outside the organizations reading the channel; the events of a comment
 * go to exactly those organizations.
 */
@BackendTest
class CommentMentionTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    Comments comments;

    @BeforeEach
    void setUp() {
        comments = new Comments(client);
        for (String user : List.of("alice", "bob", "carol", "mia", "dave")) {
            comments.api().get(user, "/v1.0/me").expectStatus().isOk(); // each signs in once: now Co-sell knows them
        }
    }

    @Test
    void whoMayBeMentionedDependsOnTheChannel() {
        String[] ids = comments.sentToContoso("Comment.Person " + System.nanoTime());
        assertThat(people("bob", ids[1], "internal"))
                .contains("id-alice")
                .doesNotContain("id-bob", "id-dave", "id-mia", "id-carol");
        assertThat(people("bob", ids[1], "parties"))
                .contains("id-alice", "id-mia")
                .doesNotContain("id-bob", "id-dave", "id-carol");
        assertThat(comments.status(
                        comments.api().get("carol", Comments.path(ids[1]) + "/mentionable?channel=internal")))
                .isEqualTo(404);
        assertThat(comments.status(comments.api().get("bob", Comments.path(ids[1]) + "/mentionable")))
                .isEqualTo(400);
    }

    @Test
    void aMentionNotifiesThatPersonOnlyAndNeverSomeoneOutsideTheChannel() {
        String name = "Mention " + System.nanoTime();
        String[] ids = comments.sentToContoso(name);
        long bobUnread = unread("bob");
        comments.write("bob", ids[1], "internal", "@Alice Tester can you price this?", "id-alice");

        JsonNode toAlice = mention("alice", name);
        assertThat(toAlice.get("referralId").asString()).isEqualTo(ids[1]);
        assertThat(toAlice.get("otherOrganization").asString()).isEqualTo("Bob Tester");
        assertThat(mentions("bob", name)).isEmpty(); // a colleague's mention is not under bob's bell
        assertThat(unread("bob")).isEqualTo(bobUnread);

        // An internal comment cannot mention the other party; nothing is written.
        comments.post("bob", ids[1], Comments.body("internal", "@Mia hello", "id-mia"))
                .expectStatus()
                .isBadRequest();
        assertThat(comments.thread("bob", ids[1]).get("value")).hasSize(1);
        assertThat(mentions("mia", name)).isEmpty();

        // The parties channel mentions the seller, on the seller's own referral; carol hears of nothing.
        String message = comments.write("bob", ids[1], "parties", "@Mia Tester ready", "id-mia")
                .get("id")
                .asString();
        assertThat(mention("mia", name).get("referralId").asString()).isEqualTo(ids[0]);
        // An edit notifies only the people it adds.
        comments.edit(
                        "bob",
                        ids[1],
                        message,
                        "{\"body\": \"@Mia @Alice ready\", \"mentions\": [\"id-mia\", \"id-alice\"]}")
                .expectStatus()
                .isOk();
        assertThat(mentions("mia", name)).hasSize(1);
        assertThat(mentions("alice", name)).hasSize(2);
        assertThat(mentions("carol", name)).isEmpty();
    }

    @Test
    void aCommentsEventsGoToExactlyTheOrganizationsReadingItsChannel() {
        String[] ids = comments.sentToContoso("Comment events " + System.nanoTime());
        String internal = comments.write("bob", ids[1], "internal", "Between us")
                .get("id")
                .asString();
        String message =
                comments.write("mia", ids[0], "parties", "To both").get("id").asString();
        comments.edit("mia", ids[0], message, "{\"body\": \"To both of us\"}")
                .expectStatus()
                .isOk();
        comments.delete("bob", ids[1], internal).expectStatus().isNoContent();

        assertThat(events(internal))
                .containsExactly("comment-created contoso " + ids[1], "comment-deleted contoso " + ids[1]);
        assertThat(events(message))
                .containsExactlyInAnyOrder(
                        "comment-created microsoft " + ids[0],
                        "comment-created contoso " + ids[1],
                        "comment-updated microsoft " + ids[0],
                        "comment-updated contoso " + ids[1]);
    }

    private List<String> events(String commentId) {
        return db.sql("""
                        SELECT type, organization_id, referral_id FROM referral_event
                        WHERE changes @> jsonb_build_array(jsonb_build_object('path', '/comments/' || :id))
                        ORDER BY seq""")
                .bind("id", commentId)
                .map(r -> r.get("type", String.class) + " " + r.get("organization_id", String.class) + " "
                        + r.get("referral_id", java.util.UUID.class))
                .all()
                .collectList()
                .block();
    }

    private List<String> people(String user, String referral, String channel) {
        return comments.api()
                .read(user, Comments.path(referral) + "/mentionable?channel=" + channel)
                .get("value")
                .valueStream()
                .map(p -> p.get("id").asString())
                .toList();
    }

    private long unread(String user) {
        return comments.api()
                .read(user, "/v1.0/notifications?top=100")
                .get("unreadCount")
                .asLong();
    }

    private List<JsonNode> mentions(String user, String referralName) {
        return comments.api()
                .read(user, "/v1.0/notifications?top=100")
                .get("value")
                .valueStream()
                .filter(n -> n.get("kind").asString().equals("MENTIONED")
                        && referralName.equals(n.path("referralName").asString(null)))
                .toList();
    }

    private JsonNode mention(String user, String referralName) {
        List<JsonNode> found = mentions(user, referralName);
        assertThat(found).as("mentions of %s", user).hasSize(1);
        return found.getFirst();
    }
}
