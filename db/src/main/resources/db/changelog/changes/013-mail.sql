--liquibase formatted sql

--changeset cosell:013-mail
-- The people Co-sell has seen sign in. Users live in the identity provider; the backend keeps this
-- copy, refreshed from their tokens, because mail is written in the transaction of a notification
-- and must know there who is concerned (the organisation's admins, the referral's team), their
-- address and their language. Applications (client credentials) are not people and get no row.
CREATE TABLE person (
    id                varchar(255) PRIMARY KEY,
    organisation_id   varchar(64)  NOT NULL,
    name              varchar(200),
    email             varchar(320),
    roles             text[]       NOT NULL,
    language          varchar(8)   NOT NULL DEFAULT 'en',
    -- INSTANT, DIGEST or NONE; muted_kinds are notification kinds the person does not want by mail.
    email_delivery    varchar(16)  NOT NULL DEFAULT 'INSTANT',
    muted_kinds       text[]       NOT NULL DEFAULT '{}',
    -- A random capability that the unsubscribe link carries: it works without signing in.
    unsubscribe_token uuid         NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    seen_at           timestamptz  NOT NULL
);
CREATE INDEX person_org ON person (organisation_id);

-- One mail to send per (notification, person), written in the notification's transaction. A worker
-- leases due rows (FOR UPDATE SKIP LOCKED), sends, and marks them sent only under its lease; failed
-- sends wait (next_attempt_at) and are tried again. Digest rows are sent together per person.
CREATE TABLE mail_outbox (
    id              uuid          PRIMARY KEY,
    notification_id uuid          NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    person_id       varchar(255)  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    digest          boolean       NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        int           NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    last_error      varchar(1024),
    lease_token     uuid,
    lease_until     timestamptz,
    sent_at         timestamptz,
    failed_at       timestamptz,
    UNIQUE (notification_id, person_id)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX mail_outbox_person ON mail_outbox (person_id, created_at);
