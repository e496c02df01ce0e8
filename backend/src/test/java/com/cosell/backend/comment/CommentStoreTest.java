package com.cosell.backend.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.comment.Comment;
import com.cosell.backend.support.BackendTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The mapped comment row: written in the transaction around it, its author's name cut as the column allows. */
@BackendTest
class CommentStoreTest {

    @Autowired
    CommentStore store;

    @Autowired
    TransactionalOperator tx;

    @Autowired
    DatabaseClient db;

    @Autowired
    WebTestClient client;

    @Test
    void aCommentIsWrittenWithItsTransactionAndALongNameIsCutAtTwoHundredCharacters() {
        UUID referral = UUID.fromString(new Comments(client).sentToContoso("Comment rows " + System.nanoTime())[1]);
        UUID engagement = db.sql("SELECT engagement_id FROM referral WHERE id = :id")
                .bind("id", referral)
                .map(row -> row.get("engagement_id", UUID.class))
                .one()
                .block();
        String name = "😀".repeat(199) + "abc"; // 202 characters, 401 UTF-16 units
        Comment comment = new Comment(
                UUID.randomUUID(),
                "internal",
                "bob",
                name,
                "contoso",
                "Contoso Ltd.",
                "Hello",
                List.of(new Comment.Mention("alice", "Alice")),
                Instant.parse("2026-01-02T03:04:05Z"),
                null,
                0,
                null,
                false);

        StepVerifier.create(tx.transactional(store.insert(comment, Channel.INTERNAL, engagement, referral)
                        .then(Mono.error(new IllegalStateException("fails after the insert")))))
                .expectErrorMessage("fails after the insert")
                .verify();
        StepVerifier.create(store.thread("contoso", referral, engagement)).verifyComplete();

        StepVerifier.create(tx.transactional(store.insert(comment, Channel.INTERNAL, engagement, referral)))
                .verifyComplete();
        StepVerifier.create(store.thread("contoso", referral, engagement))
                .assertNext(c -> {
                    assertThat(c.authorName()).isEqualTo("😀".repeat(199) + "a");
                    assertThat(c.channel()).isEqualTo("internal");
                    assertThat(c.body()).isEqualTo("Hello");
                    assertThat(c.mentions()).containsExactly(new Comment.Mention("alice", "Alice"));
                    assertThat(c.createdAt()).isEqualTo(comment.createdAt());
                    assertThat(c.editCount()).isZero();
                    assertThat(c.deleted()).isFalse();
                })
                .verifyComplete();
    }
}
