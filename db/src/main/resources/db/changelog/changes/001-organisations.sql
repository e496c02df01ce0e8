--liquibase formatted sql

--changeset cosell:001-organisations
-- The vendor (whose sellers send referrals) and its partners. The id is the value of the
-- identity provider's organisation claim, so it is chosen by the operator, not generated.
CREATE TABLE organisation (
    id         varchar(64)  PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    name       varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    kind       varchar(16)  NOT NULL CHECK (kind IN ('VENDOR', 'PARTNER')),
    created_at timestamptz  NOT NULL DEFAULT now()
);
-- Exactly one vendor: co-sell is always with "the" vendor.
CREATE UNIQUE INDEX organisation_single_vendor ON organisation (kind) WHERE kind = 'VENDOR';
--rollback DROP TABLE organisation;
