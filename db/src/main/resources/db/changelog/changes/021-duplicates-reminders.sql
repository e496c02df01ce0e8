--liquibase formatted sql

--changeset cosell:021-duplicate-links
-- "Closed as duplicate of …": a referral closed as a duplicate points at the open deal of the same
-- organization it was merged into. Both belong to one organization (checked when linking), so the link
-- never tells one organization of another's deal.
CREATE TABLE referral_duplicate (
    referral_id     uuid         PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    duplicate_of    uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    organization_id varchar(64)  NOT NULL REFERENCES organization (id),
    linked_at       timestamptz  NOT NULL,
    linked_by       varchar(200),
    CHECK (referral_id <> duplicate_of)
);
CREATE INDEX referral_duplicate_of ON referral_duplicate (duplicate_of);
-- Candidates by D-U-N-S: the customer's ids, searched with @> (the names have referral_customer_trgm).
CREATE INDEX referral_customer_ids ON referral USING gin ((doc -> 'customerProfile' -> 'ids') jsonb_path_ops);
--rollback DROP INDEX referral_customer_ids; DROP TABLE referral_duplicate;

--changeset cosell:021-reminders-sent
-- Every reminder (before expiry, per step), escalation and stale alert, sent at most once: the job
-- claims a key with INSERT … ON CONFLICT DO NOTHING in the transaction that writes the notification.
-- step tells the occurrences of one kind apart: the time before expiry (P7D, P2D…) or the version of
-- the referral that went stale; '' for the one escalation.
CREATE TABLE reminder_sent (
    referral_id uuid        NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    kind        varchar(16) NOT NULL,
    step        varchar(32) NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (referral_id, kind, step)
);
-- The one "expiring soon" reminder so far (48 hours before) becomes the two-day step.
INSERT INTO reminder_sent (referral_id, kind, step, sent_at)
SELECT referral_id, 'EXPIRING', 'PT48H', sent_at FROM referral_reminder;
DROP TABLE referral_reminder;
-- The stale scan: accepted deals by their last change.
CREATE INDEX referral_accepted_updated ON referral (updated_at) WHERE substatus = 'Accepted';
--rollback not supported: restore from a backup taken before the upgrade.
