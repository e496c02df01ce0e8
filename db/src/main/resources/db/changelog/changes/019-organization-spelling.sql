--liquibase formatted sql

--changeset cosell:019-organization-spelling splitStatements:false
-- One spelling in code: the API says organizationId, and now so does the schema. Every column named
-- organisation_id (and notification.other_organisation) is renamed where it stands, the table too;
-- the tally's trigger functions name the column in their bodies, so they are redefined.
ALTER TABLE organisation RENAME TO organization;
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND column_name IN ('organisation_id', 'other_organisation')
    LOOP
        EXECUTE format('ALTER TABLE %I RENAME COLUMN %I TO %I', c.table_name, c.column_name,
                       replace(c.column_name, 'organisation', 'organization'));
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION referral_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organization_id, direction, status, substatus, n)
    SELECT organization_id, direction, status, substatus, count(*) FROM inserted GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION referral_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organization_id, direction, status, substatus, n)
    SELECT organization_id, direction, status, substatus, sum(d) FROM (
        SELECT organization_id, direction, status, substatus, -1 AS d FROM before_rows
        UNION ALL
        SELECT organization_id, direction, status, substatus, 1 AS d FROM after_rows) changed
    GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION referral_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally (organization_id, direction, status, substatus, n)
    SELECT organization_id, direction, status, substatus, -count(*) FROM deleted GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END $$;
--rollback not supported: restore from a backup taken before the upgrade.
