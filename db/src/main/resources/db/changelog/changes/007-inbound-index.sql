--liquibase formatted sql

--changeset cosell:007-inbound-index
-- The workspace's tabs filter by direction and stage (substatus) and sort by last update: measured by
-- ./cosell bench, the status-only index left the 1M-row Inbound page scanning every row of the stage.
CREATE INDEX referral_org_substatus_updated ON referral (organisation_id, direction, substatus, updated_at DESC, id);
