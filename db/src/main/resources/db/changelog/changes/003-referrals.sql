--liquibase formatted sql

--changeset cosell:003-customer-directory
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- The customer directory the create flow searches: several business entities can share one
-- address, told apart by their D-U-N-S number.
CREATE TABLE customer (
    id            uuid PRIMARY KEY,
    name          varchar(200) NOT NULL,
    address_line1 varchar(200),
    address_line2 varchar(200),
    city          varchar(100) NOT NULL,
    state         varchar(100),
    postal_code   varchar(20),
    country       char(2)      NOT NULL,
    region        varchar(50),
    duns          char(9) UNIQUE CHECK (duns ~ '^[0-9]{9}$'),
    size          varchar(40)
);
-- Type-ahead: prefix and fuzzy matches on the name, narrowed by location.
CREATE INDEX customer_name_trgm ON customer USING gin (lower(name) gin_trgm_ops);
CREATE INDEX customer_location ON customer (country, lower(city));

--changeset cosell:003-solutions
CREATE TABLE solution (
    id                    uuid PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    organisation_id       varchar(64)  NOT NULL REFERENCES organisation (id),
    co_sell_ready         boolean      NOT NULL DEFAULT false,
    registration_eligible boolean      NOT NULL DEFAULT false
);
CREATE INDEX solution_owner ON solution (organisation_id);

--changeset cosell:003-referrals
-- One row per party's referral. The API document is kept whole in "doc"; the columns beside it
-- are projections of it used for access control, filtering, sorting and concurrency.
CREATE TABLE referral (
    id               uuid         PRIMARY KEY,
    engagement_id    uuid         NOT NULL,
    organisation_id  varchar(64)  NOT NULL REFERENCES organisation (id),
    version          bigint       NOT NULL,
    name             varchar(200) NOT NULL,
    status           varchar(16)  NOT NULL,
    substatus        varchar(16)  NOT NULL,
    type             varchar(16)  NOT NULL,
    direction        varchar(16)  NOT NULL,
    sales_stage      varchar(16),
    deal_value       numeric(18, 2),
    currency         char(3),
    closing_at       timestamptz,
    customer_name    varchar(200),
    customer_city    varchar(100),
    customer_country char(2),
    external_reference_id varchar(100),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    expiration_at    timestamptz,
    doc              jsonb        NOT NULL,
    CONSTRAINT referral_stage CHECK ((status, substatus) IN (('New', 'Received'), ('Active', 'Accepted'),
        ('Closed', 'Declined'), ('Closed', 'Expired'), ('Closed', 'Won'), ('Closed', 'Lost')))
);
-- Every list is one organisation's, by stage, newest first.
CREATE INDEX referral_org_updated ON referral (organisation_id, updated_at DESC, id);
CREATE INDEX referral_org_stage_updated ON referral (organisation_id, direction, status, updated_at DESC, id);
CREATE INDEX referral_engagement ON referral (engagement_id);
-- The expiry job's scan: only unanswered referrals carry a due date that matters.
CREATE INDEX referral_due ON referral (expiration_at) WHERE substatus = 'Received';
CREATE INDEX referral_name_trgm ON referral USING gin (lower(name) gin_trgm_ops);
CREATE INDEX referral_customer_trgm ON referral USING gin (lower(customer_name) gin_trgm_ops);

CREATE TABLE favorite (
    user_id     varchar(255) NOT NULL,
    referral_id uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, referral_id)
);
CREATE INDEX favorite_referral ON favorite (referral_id);

--changeset cosell:003-events
-- The event log, written in the same transaction as every change: also the audit history.
-- tx records the writing transaction, so readers can tell which sequence numbers are settled.
CREATE TABLE referral_event (
    seq             bigserial    PRIMARY KEY,
    tx              xid8         NOT NULL DEFAULT pg_current_xact_id(),
    type            varchar(40)  NOT NULL,
    organisation_id varchar(64)  NOT NULL REFERENCES organisation (id),
    referral_id     uuid,
    engagement_id   uuid,
    actor_id        varchar(255),
    actor_name      varchar(200),
    at              timestamptz  NOT NULL,
    changes         jsonb        NOT NULL DEFAULT '[]'
);
CREATE INDEX referral_event_org_seq ON referral_event (organisation_id, seq);
CREATE INDEX referral_event_referral ON referral_event (referral_id, seq);
