package com.cosell.backend.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.BackendTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Statements through Spring Data's R2dbcEntityTemplate take part in the transaction around them, as
 * the DatabaseClient's do: they commit and roll back with the events written beside them.
 */
@BackendTest
class PersonStoreTest {

    @Autowired
    PersonStore people;

    @Autowired
    TransactionalOperator tx;

    @Autowired
    DatabaseClient db;

    @Test
    void aMappedUpdateCommitsAndRollsBackWithItsTransaction() {
        String id = "tx-" + UUID.randomUUID();
        db.sql("INSERT INTO person (id, organization_id, roles, seen_at) VALUES (:id, 'contoso', '{}', now())")
                .bind("id", id)
                .then()
                .block();

        StepVerifier.create(tx.transactional(people.update(id, "ko", Person.Delivery.DIGEST, Set.of("EXPIRED"))
                        .then(Mono.error(new IllegalStateException("fails after the update")))))
                .expectErrorMessage("fails after the update")
                .verify();
        StepVerifier.create(people.find(id))
                .assertNext(p -> {
                    assertThat(p.language()).isEqualTo("en");
                    assertThat(p.delivery()).isEqualTo(Person.Delivery.INSTANT);
                    assertThat(p.mutedKinds()).isEmpty();
                })
                .verifyComplete();

        StepVerifier.create(tx.transactional(people.update(id, "ko", Person.Delivery.DIGEST, Set.of("EXPIRED"))))
                .verifyComplete();
        StepVerifier.create(people.find(id))
                .assertNext(p -> {
                    assertThat(p.language()).isEqualTo("ko");
                    assertThat(p.delivery()).isEqualTo(Person.Delivery.DIGEST);
                    assertThat(p.mutedKinds()).containsExactly("EXPIRED");
                })
                .verifyComplete();
    }
}
