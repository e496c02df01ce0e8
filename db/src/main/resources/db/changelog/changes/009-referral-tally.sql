--liquibase formatted sql

--changeset cosell:009-referral-tally splitStatements:false
-- How many referrals each organisation has per direction and stage, so a list's $count by tab and
-- stage does not count the rows themselves (measured by ./cosell bench: 1.7 s at 1,000,000 rows).
-- Statement triggers append one signed delta per key and statement, never updating a shared row,
-- so concurrent writers do not queue behind each other; ReferralTally folds the deltas now and then.
CREATE TABLE referral_tally (
    organisation_id varchar(64) NOT NULL,
    direction       varchar(16) NOT NULL,
    status          varchar(16) NOT NULL,
    substatus       varchar(16) NOT NULL,
    n               bigint      NOT NULL
);
CREATE INDEX referral_tally_key ON referral_tally (organisation_id, direction, status, substatus);

CREATE FUNCTION referral_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organisation_id, direction, status, substatus, n)
    SELECT organisation_id, direction, status, substatus, count(*) FROM inserted GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE FUNCTION referral_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organisation_id, direction, status, substatus, n)
    SELECT organisation_id, direction, status, substatus, sum(d) FROM (
        SELECT organisation_id, direction, status, substatus, -1 AS d FROM before_rows
        UNION ALL
        SELECT organisation_id, direction, status, substatus, 1 AS d FROM after_rows) changed
    GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0;
    RETURN NULL;
END $$;

CREATE FUNCTION referral_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organisation_id, direction, status, substatus, n)
    SELECT organisation_id, direction, status, substatus, -count(*) FROM deleted GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE TRIGGER referral_tally_inserted AFTER INSERT ON referral REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_inserted();
CREATE TRIGGER referral_tally_updated AFTER UPDATE ON referral REFERENCING OLD TABLE AS before_rows
    NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_updated();
CREATE TRIGGER referral_tally_deleted AFTER DELETE ON referral REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_deleted();
-- TRUNCATE fires no row triggers: it empties the tally too.
CREATE FUNCTION referral_tally_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM referral_tally;
    RETURN NULL;
END $$;
CREATE TRIGGER referral_tally_truncated AFTER TRUNCATE ON referral
    FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_truncated();

INSERT INTO referral_tally (organisation_id, direction, status, substatus, n)
SELECT organisation_id, direction, status, substatus, count(*) FROM referral GROUP BY 1, 2, 3, 4;
