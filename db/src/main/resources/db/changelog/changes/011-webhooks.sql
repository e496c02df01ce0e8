--liquibase formatted sql

--changeset cosell:011-webhooks
-- An organisation's webhook subscriptions. Delivery reads the event log by cursor rather than
-- copying each event into an outbox: the log is already written in the transaction of every change,
-- and a cursor in (tx, seq) order over settled rows (see 005) neither skips nor repeats an event.
CREATE TABLE webhook_subscription (
    id                    uuid          PRIMARY KEY,
    organisation_id       varchar(64)   NOT NULL REFERENCES organisation (id),
    url                   varchar(2048) NOT NULL,
    event_types           text[]        NOT NULL,
    description           varchar(500),
    enabled               boolean       NOT NULL,
    -- HMAC keys must be readable to sign with; the previous one signs too until previous_secret_until.
    secret                varchar(100)  NOT NULL,
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    -- Every event after (cursor_tx, cursor_seq) is still to be delivered, the first of them next.
    cursor_tx             xid8          NOT NULL,
    cursor_seq            bigint        NOT NULL,
    -- The failed attempts at that next event, since when it fails, and when to try again.
    attempts              int           NOT NULL DEFAULT 0,
    failing_since         timestamptz,
    next_attempt_at       timestamptz   NOT NULL,
    -- The worker holding the subscription: one at a time, until the lease ends (a dead worker's ends too).
    lease_token           uuid,
    lease_until           timestamptz,
    disabled_reason       text
);
CREATE INDEX webhook_subscription_org ON webhook_subscription (organisation_id, created_at, id);
CREATE INDEX webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE enabled;

-- Test events and redeliveries asked for through the API, each sent once by the worker holding the subscription.
CREATE TABLE webhook_request (
    id              uuid        PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    seq             bigint,
    requested_at    timestamptz NOT NULL
);
CREATE INDEX webhook_request_subscription ON webhook_request (subscription_id, requested_at);

-- One row per attempt; purged after the configured retention.
CREATE TABLE webhook_delivery (
    id               uuid          PRIMARY KEY,
    subscription_id  uuid          NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    seq              bigint,
    event_type       varchar(40)   NOT NULL,
    kind             varchar(16)   NOT NULL,
    attempt          int           NOT NULL,
    attempted_at     timestamptz   NOT NULL,
    outcome          varchar(16)   NOT NULL,
    status_code      int,
    latency_ms       int           NOT NULL,
    response_excerpt varchar(1024),
    error            varchar(1024),
    next_retry_at    timestamptz
);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, attempted_at DESC, id);
CREATE INDEX webhook_delivery_attempted ON webhook_delivery (attempted_at);
