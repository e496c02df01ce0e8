package com.cosell.backend.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.ApiTestBase;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Expiry exactly once, with concurrent runs (as on several instances) and racing accepts. */
class ExpiryJobTest extends ApiTestBase {

    @Autowired
    ExpiryJob job;

    @Autowired
    ExpirySchedule schedule;

    @Test
    void concurrentRunsExpireEachDueReferralOnceAndTellTheSenderOnce() {
        List<UUID> received = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            received.add(sendToContoso("Expire " + i));
        }
        dueAt(received, Instant.now().minusSeconds(60));

        Flux.range(0, 4)
                .flatMap(i -> job.run().subscribeOn(Schedulers.parallel()))
                .blockLast();
        job.run().block();

        for (UUID id : received) {
            JsonRow row = row(id);
            assertThat(row.stage()).isEqualTo("Closed/Expired");
            assertThat(row.version()).isEqualTo(2);
            assertThat(count(
                            "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                                    + "'referral-updated' AND changes @> '[{\"path\":\"/substatus\",\"to\":\"Expired\"}]'",
                            id))
                    .isEqualTo(1);
            // The sender (the vendor) is told once; the partner that let it expire is not.
            assertThat(count("""
                    SELECT count(*) AS n FROM notification n JOIN referral s ON s.id = n.referral_id
                    JOIN referral r ON r.engagement_id = s.engagement_id
                    WHERE r.id = :id AND n.kind = 'EXPIRED' AND n.organization_id = 'microsoft'""", id)).isEqualTo(1);
            assertThat(count("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = 'EXPIRED'", id))
                    .isZero();
        }
        api.get("bob", Api.REFERRALS + "/" + received.getFirst())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.substatus")
                .isEqualTo("Expired")
                .jsonPath("$.closedDateTime")
                .exists();
    }

    @Test
    void anAcceptRacingTheExpiryHasExactlyOneOutcome() {
        List<UUID> received = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            received.add(sendToContoso("Race " + i));
        }
        Instant due = Instant.now().plusMillis(1500);
        dueAt(received, due);

        Mono<Void> expiring = Flux.interval(Duration.ofMillis(5))
                .onBackpressureDrop()
                .take(Duration.ofMillis(2500))
                .filter(t -> Instant.now().isAfter(due.minusMillis(200)))
                .concatMap(t -> job.expireBatch())
                .then();
        // Accepts land from 400 ms before to 300 ms after the due time, while the job runs every 5 ms.
        Flux<Map.Entry<UUID, Integer>> accepting = Flux.fromIterable(received)
                .flatMap(id -> Mono.delay(
                                until(due.minusMillis(400).plusMillis(100L * received.indexOf(id))),
                                Schedulers.boundedElastic())
                        .then(Mono.fromCallable(() -> Map.entry(
                                id,
                                api.patch("bob", id.toString(), Deals.acceptPatch("Race won"), null)
                                        .expectBody(String.class)
                                        .returnResult()
                                        .getStatus()
                                        .value()))));
        List<Map.Entry<UUID, Integer>> answers = Flux.merge(accepting, expiring.then(Mono.empty()))
                .cast(Map.Entry.class)
                .map(e -> (Map.Entry<UUID, Integer>) e)
                .collectList()
                .block();
        job.expireBatch().block();

        assertThat(answers).hasSize(received.size());
        System.out.println("accept vs expiry race, accept statuses: "
                + answers.stream().map(Map.Entry::getValue).toList());
        for (var answer : answers) {
            JsonRow row = row(answer.getKey());
            long stageChanges = count(
                    "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                            + "'referral-updated' AND changes @> '[{\"path\":\"/substatus\"}]'",
                    answer.getKey());
            assertThat(stageChanges).as("one outcome for %s", answer).isEqualTo(1);
            if (answer.getValue() == 200) {
                assertThat(row.stage()).isEqualTo("Active/Accepted");
            } else {
                assertThat(answer.getValue()).isEqualTo(409);
                assertThat(row.stage()).isEqualTo("Closed/Expired");
            }
        }
    }

    @Test
    void runsEveryThirtySecondsByDefault() {
        // the schedule itself is RepeatingJobTest's
        assertThat(schedule.interval()).isEqualTo(Duration.ofSeconds(30));
    }

    private static Duration until(Instant at) {
        Duration d = Duration.between(Instant.now(), at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private UUID sendToContoso(String name) {
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();
        return UUID.fromString(
                api.engagement("bob", engagement).get(0).get("id").asString());
    }

    private void dueAt(List<UUID> ids, Instant at) {
        for (UUID id : ids) {
            db.sql("UPDATE referral SET expiration_at = :at, doc = jsonb_set(doc, '{expirationDateTime}', "
                            + "to_jsonb(CAST(:text AS text))) WHERE id = :id")
                    .bind("at", at)
                    .bind("text", at.toString())
                    .bind("id", id)
                    .then()
                    .block();
        }
    }

    record JsonRow(String stage, long version) {}

    private JsonRow row(UUID id) {
        return db.sql("SELECT status || '/' || substatus AS stage, version FROM referral WHERE id = :id")
                .bind("id", id)
                .map(r -> new JsonRow(r.get("stage", String.class), r.get("version", Long.class)))
                .one()
                .block();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(r -> r.get("n", Long.class)).one().block();
    }
}
