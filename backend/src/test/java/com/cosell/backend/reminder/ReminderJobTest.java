package com.cosell.backend.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Api;
import com.cosell.backend.support.BackendTest;
import com.cosell.backend.support.Deals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Each reminder, escalation and stale alert once, with runs in parallel as on several instances. */
@BackendTest
class ReminderJobTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Autowired
    ReminderJob job;

    @Autowired
    ReminderSchedule schedule;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    /** Four runs at once, then one more: whatever is due is sent by exactly one of them. */
    private void runInParallel() {
        Flux.range(0, 4)
                .flatMap(i -> job.run().subscribeOn(Schedulers.parallel()))
                .blockLast();
        job.run().block();
    }

    @Test
    void eachStepBeforeExpiryIsRemindedOnceAndALateArrivalOnlyAtItsStep() {
        UUID steady = sendToContoso("Remind steps");
        UUID late = sendToContoso("Remind late");
        update(steady, "expiration_at", Instant.now().plus(Duration.ofDays(5)));
        update(late, "expiration_at", Instant.now().plus(Duration.ofHours(20)));

        runInParallel();
        assertThat(steps(steady, "EXPIRING")).containsExactly("PT168H");
        assertThat(steps(late, "EXPIRING")).containsExactly("PT24H");

        update(steady, "expiration_at", Instant.now().plus(Duration.ofHours(36)));
        runInParallel();
        update(steady, "expiration_at", Instant.now().plus(Duration.ofHours(12)));
        runInParallel();

        assertThat(steps(steady, "EXPIRING")).containsExactlyInAnyOrder("PT168H", "PT48H", "PT24H");
        assertThat(notifications(steady, "EXPIRING_SOON")).isEqualTo(3);
        assertThat(notifications(late, "EXPIRING_SOON")).isEqualTo(1);
        // to the organization while nobody owns the referral; pushed on its stream once per reminder
        assertThat(count(
                        "SELECT count(*) AS n FROM notification WHERE referral_id = :id AND organization_id = 'contoso' "
                                + "AND kind = 'EXPIRING_SOON' AND recipient_id IS NULL",
                        late))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) AS n FROM referral_event WHERE referral_id = :id AND type = "
                                + "'notification-created' AND changes::text LIKE '%EXPIRING_SOON%'",
                        steady))
                .isEqualTo(3);
    }

    @Test
    void anUnansweredReferralIsEscalatedOnceAndAnAnsweredOneNever() {
        UUID waiting = sendToContoso("Escalate me");
        UUID answered = sendToContoso("Answered in time");
        update(waiting, "created_at", Instant.now().minus(Duration.ofDays(4)));
        update(answered, "created_at", Instant.now().minus(Duration.ofDays(4)));
        api.patch("bob", answered.toString(), Deals.acceptPatch("Answered"), null)
                .expectStatus()
                .isOk();

        runInParallel();

        assertThat(notifications(waiting, "ESCALATED")).isEqualTo(1);
        assertThat(notifications(answered, "ESCALATED")).isZero();
    }

    @Test
    void aStaleDealIsFlaggedOncePerStandstill() {
        UUID deal = sendToContoso("Stale deal");
        api.patch("bob", deal.toString(), Deals.acceptPatch("Stale deal"), null)
                .expectStatus()
                .isOk();
        update(deal, "updated_at", Instant.now().minus(Duration.ofDays(31)));
        runInParallel();
        assertThat(notifications(deal, "STALE")).isEqualTo(1);

        // it moves, then stands still again: a second alert, once
        api.patch("bob", deal.toString(), "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Moved\"}]", null)
                .expectStatus()
                .isOk();
        runInParallel();
        assertThat(notifications(deal, "STALE")).isEqualTo(1);
        update(deal, "updated_at", Instant.now().minus(Duration.ofDays(31)));
        runInParallel();
        assertThat(notifications(deal, "STALE")).isEqualTo(2);
    }

    @Test
    void theScheduleRunsTheJobEveryFiveMinutesByDefault() {
        VirtualTimeScheduler time = VirtualTimeScheduler.create();
        StepVerifier.withVirtualTime(() -> schedule.runs(time).take(2), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofMinutes(5).minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNextMatches(sent -> sent >= 0)
                .expectNoEvent(Duration.ofMinutes(5).minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNextMatches(sent -> sent >= 0)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    private UUID sendToContoso(String name) {
        String engagement = api.create("mia", Deals.sellerReferral(name, "contoso"))
                .get("engagementId")
                .asString();
        return UUID.fromString(
                api.engagement("bob", engagement).get(0).get("id").asString());
    }

    /** Moves {@code column} of the referral; a creation time moves for the whole engagement, as it is created together. */
    private void update(UUID id, String column, Instant at) {
        String which = column.equals("created_at")
                ? "engagement_id = (SELECT engagement_id FROM referral WHERE id = :id)"
                : "id = :id";
        db.sql("UPDATE referral SET " + column + " = :at WHERE " + which)
                .bind("at", at)
                .bind("id", id)
                .then()
                .block();
    }

    private List<String> steps(UUID id, String kind) {
        return db.sql("SELECT step FROM reminder_sent WHERE referral_id = :id AND kind = :kind")
                .bind("id", id)
                .bind("kind", kind)
                .map(r -> r.get("step", String.class))
                .all()
                .collectList()
                .block();
    }

    private long notifications(UUID id, String kind) {
        return db.sql("SELECT count(*) AS n FROM notification WHERE referral_id = :id AND kind = :kind")
                .bind("id", id)
                .bind("kind", kind)
                .map(r -> r.get("n", Long.class))
                .one()
                .block();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(r -> r.get("n", Long.class)).one().block();
    }
}
