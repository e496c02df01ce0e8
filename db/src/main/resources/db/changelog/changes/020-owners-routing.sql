--liquibase formatted sql

--changeset cosell:020-referral-owner
-- Who of the organization owns its referral (Co-sell's own; Partner Center has team members only).
-- One row per owned referral, beside the referral rather than in its document: assigning is not an
-- edit of the deal (no new version, no eTag change), and the row names a person Co-sell knows.
CREATE TABLE referral_owner (
    referral_id     uuid         PRIMARY KEY REFERENCES referral (id) ON DELETE CASCADE,
    organization_id varchar(64)  NOT NULL REFERENCES organization (id),
    owner_id        varchar(255) NOT NULL REFERENCES person (id),
    owner_name      varchar(200) NOT NULL,
    assigned_at     timestamptz  NOT NULL
);
-- "Assigned to me" and the owner filter.
CREATE INDEX referral_owner_org_owner ON referral_owner (organization_id, owner_id);

--changeset cosell:020-routing-rules
-- An organization's routing of new inbound referrals: the first rule by precedence (lowest first)
-- whose country and solution match (NULL: any) gives the owner; several owners take turns. turns
-- counts the referrals the rule routed: an UPDATE … RETURNING picks the next one atomically, so
-- two instances routing at once never pick the same turn. A precedence is taken once per organization.
CREATE TABLE routing_rule (
    id              uuid         PRIMARY KEY,
    organization_id varchar(64)  NOT NULL REFERENCES organization (id),
    precedence      int          NOT NULL CHECK (precedence BETWEEN 1 AND 10000),
    country         char(2),
    solution_id     uuid         REFERENCES solution (id),
    owners          text[]       NOT NULL CHECK (cardinality(owners) BETWEEN 1 AND 20),
    turns           bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    UNIQUE (organization_id, precedence)
);

--changeset cosell:020-notification-owner
-- A notification about an owned referral is for its owner and the organization's admins (NULL: for
-- everyone of the organization, as before); recipient_id still narrows one to a single person.
ALTER TABLE notification ADD COLUMN owner_id varchar(255);
