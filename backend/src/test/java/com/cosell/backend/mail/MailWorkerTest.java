package com.cosell.backend.mail;

import static com.cosell.backend.mail.SmtpServer.body;
import static com.cosell.backend.mail.SmtpServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.Deals;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the mail worker sends, on a moved clock: a day's digest, the flood limit, an SMTP outage
 * (retried after its backoff, sent once), giving up past the retry window, a dead worker's lease,
 * two workers at once sending each mail once.
 */
class MailWorkerTest extends MailTestBase {

    @Test
    void aDigestGathersADaysMailInOne() {
        putPrefs("alice", "{\"delivery\": \"DIGEST\"}").expectStatus().isOk();
        String first = "Digest one " + System.nanoTime();
        String second = "Digest two " + System.nanoTime();
        api.create("mia", Deals.sellerReferral(first, "contoso"));
        api.create("mia", Deals.sellerReferral(second, "contoso"));

        Instant now = Instant.now();
        assertThat(worker.sendDue(now).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofHours(23))).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofDays(1)).plusSeconds(5)).block())
                .isEqualTo(1);
        MimeMessage digest = SMTP.to("alice@example.com").getFirst();
        assertThat(digest.toString()).isNotNull();
        assertThat(subject(digest)).isEqualTo("Co-sell: 2 notifications");
        assertThat(body(digest)).contains(first).contains(second);
        assertThat(worker.sendDue(now.plus(Duration.ofDays(3))).block()).isZero();
    }

    @Test
    void pastTheFloodLimitTheRestOfTheDayWaitsForTheDigest() {
        for (int i = 0; i < 6; i++) {
            api.create("mia", Deals.sellerReferral("Flood " + i + " " + System.nanoTime(), "contoso"));
        }
        Instant now = Instant.now();
        assertThat(worker.sendDue(now).block()).isEqualTo(4);
        assertThat(worker.sendDue(now.plus(Duration.ofDays(1)).plusSeconds(5)).block())
                .isEqualTo(1);
        List<String> subjects = subjects("alice@example.com");
        assertThat(subjects).hasSize(5).last().isEqualTo("Co-sell: 2 notifications");
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNone() {
        SMTP.stop();
        String name = "Outage " + System.nanoTime();
        api.create("mia", Deals.sellerReferral(name, "contoso"));
        Instant now = Instant.now();
        try {
            assertThat(worker.sendDue(now).block()).isZero();
        } finally {
            SMTP.start();
        }
        Map<String, Object> row = db.sql("SELECT attempts, last_error, next_attempt_at, sent_at FROM mail_outbox")
                .fetch()
                .one()
                .block();
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(row.get("sent_at")).isNull();
        // Not before its backoff (10 s here), then exactly once.
        assertThat(worker.sendDue(now.plusSeconds(9)).block()).isZero();
        assertThat(worker.sendDue(now.plusSeconds(11)).block()).isEqualTo(1);
        assertThat(worker.sendDue(now.plusSeconds(60)).block()).isZero();
        assertThat(subjects("alice@example.com"))
                .containsExactly("Co-sell: New inbound referral: " + name + " from Microsoft");
    }

    @Test
    void aMailStillFailingPastTheRetryWindowIsGivenUpAndKept() {
        SMTP.stop();
        api.create("mia", Deals.sellerReferral("Given up " + System.nanoTime(), "contoso"));
        Instant now = Instant.now();
        try {
            assertThat(worker.sendDue(now.plus(Duration.ofDays(8))).block()).isZero();
        } finally {
            SMTP.start();
        }
        Map<String, Object> row = db.sql("SELECT failed_at, sent_at, last_error FROM mail_outbox")
                .fetch()
                .one()
                .block();
        assertThat(row.get("failed_at")).isNotNull();
        assertThat(row.get("sent_at")).isNull();
        assertThat(row.get("last_error")).isNotNull();
        assertThat(worker.sendDue(now.plus(Duration.ofDays(9))).block()).isZero();
        assertThat(SMTP.received()).isEmpty();
    }

    @Test
    void rowsLeasedByAWorkerThatDiedAreSentOnceTheLeaseEnds() {
        api.create("mia", Deals.sellerReferral("Lease " + System.nanoTime(), "contoso"));
        Instant now = Instant.now();
        // What a worker leaves when it dies between its claim and the send.
        db.sql("UPDATE mail_outbox SET lease_token = gen_random_uuid(), lease_until = :until")
                .bind("until", now.plus(Duration.ofMinutes(2)))
                .then()
                .block();
        assertThat(worker.sendDue(now).block()).isZero();
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(3))).block()).isEqualTo(1);
        assertThat(worker.sendDue(now.plus(Duration.ofMinutes(10))).block()).isZero();
        assertThat(SMTP.received()).hasSize(1);
    }

    @Test
    void twoWorkersAtOnceSendEachMailOnce() {
        for (int i = 0; i < 4; i++) {
            api.create("mia", Deals.sellerReferral("Race " + i + " " + System.nanoTime(), "contoso"));
        }
        Instant now = Instant.now();
        var both = reactor.core.publisher.Flux.merge(
                        worker.sendDue(now).subscribeOn(reactor.core.scheduler.Schedulers.parallel()),
                        worker.sendDue(now).subscribeOn(reactor.core.scheduler.Schedulers.parallel()))
                .reduce(0, Integer::sum)
                .block();
        assertThat(both).isEqualTo(4);
        assertThat(SMTP.received()).hasSize(4);
        assertThat(SMTP.received().stream().map(m -> header(m, "Message-ID")).distinct())
                .hasSize(4);
        assertThat(worker.sendDue(now.plusSeconds(600)).block()).isZero();
    }
}
