--liquibase formatted sql

--changeset cosell:014-engagement-parties
-- An engagement holds one referral per party (its owner and each organisation invited to it, at most
-- ten). The invitation rules check it under a lock; the index keeps it true whatever writes.
DROP INDEX referral_engagement;
CREATE UNIQUE INDEX referral_engagement_party ON referral (engagement_id, organisation_id);
--rollback DROP INDEX referral_engagement_party; CREATE INDEX referral_engagement ON referral (engagement_id);
