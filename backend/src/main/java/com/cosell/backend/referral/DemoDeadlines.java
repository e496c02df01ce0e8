package com.cosell.backend.referral;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * For the demo data set only: a received referral's deadline moved to when the demo wants it — past,
 * so that the expiry job closes it and tells its sender as it would after the real wait, or within
 * days, so that the reminders and the time left show. Here, so that the referral module stays the
 * one writer of its table; no API reaches it.
 */
@Component
public class DemoDeadlines {

    private final DatabaseClient db;

    DemoDeadlines(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> dueAt(UUID referralId, Instant expiresAt) {
        return db.sql("UPDATE referral SET expiration_at = :at, doc = jsonb_set(doc, '{expirationDateTime}',"
                        + " to_jsonb(CAST(:iso AS text))) WHERE id = :id AND substatus = 'Received'")
                .bind("at", expiresAt)
                .bind("iso", expiresAt.toString())
                .bind("id", referralId)
                .then();
    }
}
