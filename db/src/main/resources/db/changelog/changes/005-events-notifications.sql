--liquibase formatted sql

--changeset cosell:005-event-delivery-order
-- Stream readers deliver in (tx, seq) order, and only rows whose transaction is older than every
-- transaction still running (tx < pg_snapshot_xmin): that set only ever grows at its end.
CREATE INDEX referral_event_tx_seq ON referral_event (tx, seq);
-- A resuming subscriber reads only its organisation's backlog.
CREATE INDEX referral_event_org_tx_seq ON referral_event (organisation_id, tx, seq);

--changeset cosell:005-notifications
-- What an organisation's people are told about; read state is per user.
CREATE TABLE notification (
    id                 uuid         PRIMARY KEY,
    organisation_id    varchar(64)  NOT NULL REFERENCES organisation (id),
    kind               varchar(32)  NOT NULL,
    referral_id        uuid,
    referral_name      varchar(200),
    other_organisation varchar(200),
    reason             text,
    created_at         timestamptz  NOT NULL
);
CREATE INDEX notification_org_created ON notification (organisation_id, created_at DESC, id DESC);

CREATE TABLE notification_read (
    notification_id uuid         NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         varchar(255) NOT NULL,
    read_at         timestamptz  NOT NULL,
    PRIMARY KEY (user_id, notification_id)
);

-- A referral is reminded of its coming expiry once: the primary key makes a second reminder a no-op.
CREATE TABLE referral_reminder (
    referral_id uuid        PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    sent_at     timestamptz NOT NULL
);
