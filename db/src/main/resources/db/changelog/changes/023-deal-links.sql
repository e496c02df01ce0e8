--liquibase formatted sql

--changeset cosell:023-deal-links
-- "Related / same customer": two open deals of one organization linked without closing either. A
-- link is symmetric, so each pair is stored once in canonical order (low_id < high_id) and read from
-- either side; linking twice finds the row there. Both deals belong to one organization (checked when
-- linking), so a link never tells one organization of another's deal.
CREATE TABLE referral_link (
    low_id          uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    high_id         uuid         NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    organization_id varchar(64)  NOT NULL REFERENCES organization (id),
    linked_at       timestamptz  NOT NULL,
    linked_by       varchar(200),
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
);
CREATE INDEX referral_link_high ON referral_link (high_id);
--rollback DROP TABLE referral_link;
