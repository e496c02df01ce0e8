--liquibase formatted sql

--changeset cosell:006-deal-registrations
-- A partner's registration of a won deal on an eligible solution, reviewed by the vendor's sellers.
-- The vendor sees these rows (what it reviews), never the partner's referral itself.
CREATE TABLE deal_registration (
    id              uuid          PRIMARY KEY,
    referral_id     uuid          NOT NULL REFERENCES referral (id),
    organisation_id varchar(64)   NOT NULL REFERENCES organisation (id),
    status          varchar(20)   NOT NULL CHECK (status IN ('ReviewPending', 'Approved', 'Rejected', 'ActionRequired')),
    deal_name       varchar(200)  NOT NULL,
    customer_name   varchar(200),
    solutions       varchar(1000) NOT NULL,
    contract_value  numeric(18, 2) NOT NULL CHECK (contract_value > 0),
    currency        char(3)       NOT NULL,
    signed_at       timestamptz   NOT NULL,
    term_months     integer       NOT NULL CHECK (term_months BETWEEN 1 AND 120),
    review_comment  varchar(2000),
    submitted_at    timestamptz   NOT NULL,
    reviewed_at     timestamptz,
    reviewer_name   varchar(200),
    version         bigint        NOT NULL DEFAULT 1
);
-- One registration per referral at a time; ActionRequired is answered by resubmitting it.
CREATE UNIQUE INDEX deal_registration_referral ON deal_registration (referral_id);
CREATE INDEX deal_registration_status ON deal_registration (status, submitted_at);
