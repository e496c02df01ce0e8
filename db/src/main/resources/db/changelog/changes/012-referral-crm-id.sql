--liquibase formatted sql

--changeset cosell:012-referral-crm-id
-- A CSV import finds each row's referral by its CRM ID within the organisation: without this index
-- every row of a 10,000-row file scanned the organisation's referrals.
CREATE INDEX referral_org_crm_id ON referral (organisation_id, external_reference_id)
    WHERE external_reference_id IS NOT NULL;
