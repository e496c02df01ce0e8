package com.cosell.backend.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The two channels, who reads and writes them, edits and deletions by their author, bad input. */
@BackendTest
class CommentApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    Comments comments;

    @BeforeEach
    void setUp() {
        comments = new Comments(client);
    }

    @Test
    void internalCommentsStayInsideTheOrganizationAndPartiesMessagesReachBothParties() {
        String[] ids = comments.sentToContoso("Comments channels " + System.nanoTime());
        String mias = ids[0];
        String bobs = ids[1];
        JsonNode internal = comments.write("bob", bobs, "internal", "Our margin is thin here");
        JsonNode message = comments.write("bob", bobs, "parties", "Happy to take this on");
        comments.write("mia", mias, "parties", "Great, thanks");
        comments.write("mia", mias, "internal", "Contoso answered fast");

        assertThat(internal.get("authorName").asString()).isEqualTo("Bob Tester");
        assertThat(internal.get("organizationName").asString()).isEqualTo("Contoso Ltd.");
        assertThat(bodies("alice", bobs))
                .containsExactly(
                        "internal:Our margin is thin here", "parties:Happy to take this on", "parties:Great, thanks");
        assertThat(bodies("mia", mias))
                .containsExactly(
                        "parties:Happy to take this on", "parties:Great, thanks", "internal:Contoso answered fast");
        assertThat(comments.thread("bob", bobs).get("channels").toString()).isEqualTo("[\"internal\",\"parties\"]");
        // Nobody else reads or writes either channel: the referral does not exist for them.
        for (String user : List.of("carol", "mia")) {
            assertThat(comments.status(comments.api().get(user, Comments.path(bobs))))
                    .isEqualTo(404);
            assertThat(comments.status(comments.post(user, bobs, Comments.body("parties", "sneaky"))))
                    .isEqualTo(404);
        }
        assertThat(comments.status(comments.api().get("carol", Comments.path(mias))))
                .isEqualTo(404);
        assertThat(comments.status(comments.api().get("dave", Comments.path(bobs))))
                .isEqualTo(403);
        // The channel filter; the comments do not appear in the referral's history.
        assertThat(comments.api()
                        .read("mia", Comments.path(mias) + "?channel=internal")
                        .get("value"))
                .hasSize(1);
        assertThat(comments.api()
                        .read("bob", "/v1.0/engagements/referrals/" + bobs + "/history")
                        .toString())
                .doesNotContain("comment-")
                .doesNotContain(message.get("id").asString());
    }

    @Test
    void aPrivateDealHasNoPartiesChannelUntilItIsShared() {
        JsonNode deal = comments.api().create("bob", Deals.privateDeal("Comments private " + System.nanoTime()));
        String id = deal.get("id").asString();
        var refused = comments.post("bob", id, Comments.body("parties", "Hello vendor"))
                .expectStatus()
                .isEqualTo(409)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(refused).contains("private").contains("\"allowed\":[\"internal\"]");
        assertThat(comments.thread("bob", id).get("channels").toString()).isEqualTo("[\"internal\"]");
        assertThat(comments.thread("bob", id).get("value")).isEmpty(); // nothing half-written
        comments.write("bob", id, "internal", "Keep this one quiet");

        comments.api().patch("bob", id, """
                [{"op":"replace","path":"/type","value":"Shared"},
                 {"op":"add","path":"/inviteContext","value":{"assistanceRequestCode":"GeneralOrOther"}}]""", null).expectStatus().isOk();
        comments.write("bob", id, "parties", "Now we need help");
        String vendors = comments.api()
                .engagement("mia", deal.get("engagementId").asString())
                .get(0)
                .get("id")
                .asString();
        assertThat(bodies("mia", vendors)).containsExactly("parties:Now we need help");
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndBothLeaveATrace() {
        String[] ids = comments.sentToContoso("Comments edit " + System.nanoTime());
        String id = comments.write("bob", ids[1], "parties", "First words")
                .get("id")
                .asString();

        JsonNode edited = JsonBody.of(comments.edit("bob", ids[1], id, "{\"body\": \"Better words\"}")
                .expectStatus()
                .isOk());
        assertThat(edited.get("body").asString()).isEqualTo("Better words");
        assertThat(edited.get("editCount").asInt()).isEqualTo(1);
        assertThat(edited.hasNonNull("editedAt")).isTrue();
        JsonNode seen = comments.thread("mia", ids[0]).get("value").get(0);
        assertThat(seen.get("body").asString()).isEqualTo("Better words");
        assertThat(seen.get("editCount").asInt()).isEqualTo(1);

        // A colleague, the other party, another partner: not theirs to change.
        assertThat(comments.status(comments.edit("alice", ids[1], id, "{\"body\": \"x\"}")))
                .isEqualTo(403);
        assertThat(comments.status(comments.delete("alice", ids[1], id))).isEqualTo(403);
        assertThat(comments.status(comments.edit("mia", ids[0], id, "{\"body\": \"x\"}")))
                .isEqualTo(403);
        assertThat(comments.status(comments.delete("carol", ids[1], id))).isEqualTo(404);
        // An edit cannot move a comment to the other channel.
        assertThat(comments.status(comments.edit("bob", ids[1], id, "{\"body\": \"x\", \"channel\": \"internal\"}")))
                .isEqualTo(400);

        comments.delete("bob", ids[1], id).expectStatus().isNoContent();
        JsonNode tombstone = comments.thread("mia", ids[0]).get("value").get(0);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.has("body")).isFalse();
        assertThat(tombstone.hasNonNull("deletedAt")).isTrue();
        assertThat(comments.status(comments.edit("bob", ids[1], id, "{\"body\": \"back\"}")))
                .isEqualTo(409);
        comments.delete("bob", ids[1], id).expectStatus().isNoContent(); // again: nothing more happens
        // The trace: both texts replaced are kept, in order.
        assertThat(db.sql("SELECT body FROM comment_revision WHERE comment_id = CAST(:id AS uuid) ORDER BY revision")
                        .bind("id", id)
                        .map(r -> r.get("body", String.class))
                        .all()
                        .collectList()
                        .block())
                .containsExactly("First words", "Better words");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        String[] ids = comments.sentToContoso("Comments bad " + System.nanoTime());
        String tooLong = "x".repeat(CommentInput.MAX_LENGTH + 1);
        for (String[] bad : List.of(
                new String[] {Comments.body("internal", "   "), "body"},
                new String[] {Comments.body("internal", tooLong), "body"},
                new String[] {Comments.body("public", "hello"), "channel"},
                new String[] {"{\"body\": \"no channel\"}", "channel"},
                new String[] {Comments.body("internal", "who?", "id-nobody"), "mentions/0"},
                new String[] {"{\"channel\": \"internal\", \"body\": 5, \"colour\": 1}", "colour"})) {
            String problem = comments.post("bob", ids[1], bad[0])
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType("application/problem+json")
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(problem)
                    .as(bad[0].substring(0, Math.min(60, bad[0].length())))
                    .contains(bad[1]);
        }
        assertThat(comments.status(comments.post("bob", ids[1], "{\"channel\":")))
                .isEqualTo(400);
        assertThat(comments.thread("bob", ids[1]).get("value")).isEmpty();
        // Exactly the limit is fine.
        comments.write("bob", ids[1], "internal", "y".repeat(CommentInput.MAX_LENGTH));
    }

    private List<String> bodies(String user, String referral) {
        return comments.thread(user, referral)
                .get("value")
                .valueStream()
                .map(c -> c.get("channel").asString() + ":" + c.get("body").asString())
                .toList();
    }

    /** The body of an answer as JSON. */
    private static final class JsonBody {
        static JsonNode of(WebTestClient.ResponseSpec spec) {
            return com.cosell.backend.support.Api.json(
                    spec.expectBody(String.class).returnResult().getResponseBody());
        }
    }
}
