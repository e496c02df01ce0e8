--liquibase formatted sql

--changeset cosell:022-insights splitStatements:false
-- The figures of the Insights page, pre-aggregated so a page costs the same at a million referrals
-- as at ten. Like referral_tally (009): statement triggers append signed deltas per key, computed
-- from the old and new rows by the same functions, and InsightFold folds them now and then; a key
-- whose deltas cancel (an edit that changes nothing counted) is not written at all.

-- Fixed duration buckets (upper bounds, exclusive): the percentiles are read from them. The only
-- home of the bounds; the API reads them from here.
CREATE TABLE insight_bucket (
    bucket  smallint PRIMARY KEY,
    upper_s bigint   NOT NULL UNIQUE
);
INSERT INTO insight_bucket (bucket, upper_s)
SELECT row_number() OVER (ORDER BY s) - 1, s FROM unnest(ARRAY[
    3600, 4 * 3600, 12 * 3600, 86400, 2 * 86400, 3 * 86400, 5 * 86400, 7 * 86400, 10 * 86400, 14 * 86400,
    21 * 86400, 30 * 86400, 45 * 86400, 60 * 86400, 90 * 86400, 120 * 86400, 180 * 86400, 270 * 86400,
    365 * 86400, 730 * 86400, 3650 * 86400]::bigint[]) s;

-- The last bucket also takes anything longer.
CREATE FUNCTION insight_bucket_of(seconds bigint) RETURNS smallint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT min(bucket) FROM insight_bucket WHERE upper_s > seconds),
                    (SELECT max(bucket) FROM insight_bucket))
$$;

-- Per organization, direction, month of receipt (UTC), customer country, solution (NULL: the
-- referral itself; one more row per solution on it), stage, reason and currency.
CREATE TABLE insight_tally (
    organization_id varchar(64) NOT NULL,
    direction       varchar(16) NOT NULL,
    month           date        NOT NULL,
    country         varchar(2)  NOT NULL,
    solution_id     uuid,
    substatus       varchar(16) NOT NULL,
    reason          varchar(40),
    currency        varchar(3)  NOT NULL,
    n               bigint      NOT NULL,
    value           numeric     NOT NULL, -- the deal values summed
    accept_s        bigint      NOT NULL, -- received ones: seconds from receipt to accept, summed
    won_s           bigint      NOT NULL  -- Won ones: seconds from receipt (or creation) to won, summed
);
CREATE INDEX insight_tally_key ON insight_tally (organization_id, direction, month);

-- Duration histograms: kind A (received to accepted) and W (to won) of the organization's own
-- referrals; R (to an answer) and E (expired unanswered) of the referrals it sent, filed under the
-- sender with the answering organization as counterpart. A sender is a party by definition.
CREATE TABLE insight_duration (
    organization_id varchar(64) NOT NULL,
    direction       varchar(16) NOT NULL,
    month           date        NOT NULL,
    kind            char(1)     NOT NULL,
    counterpart     varchar(64) NOT NULL,
    bucket          smallint    NOT NULL,
    n               bigint      NOT NULL
);
CREATE INDEX insight_duration_key ON insight_duration (organization_id, direction, month);

-- What one referral row counts for. A reason that is not one code word (a client's own words) counts
-- as Other, so free text never becomes a key.
CREATE FUNCTION insight_facts(
    r_organization_id varchar, r_direction varchar, r_created_at timestamptz, r_customer_country varchar,
    r_substatus varchar, r_currency varchar, r_deal_value numeric, r_doc jsonb) RETURNS TABLE (
    organization_id varchar, direction varchar, month date, country varchar, solution_id uuid, substatus varchar,
    reason varchar, currency varchar, value numeric, accept_s bigint, won_s bigint)
LANGUAGE sql STABLE AS $$
    WITH f AS (
        SELECT CAST(date_trunc('month', r_created_at AT TIME ZONE 'UTC') AS date) AS month,
               CASE WHEN r_direction = 'Incoming' THEN CAST(r_doc ->> 'acceptedDateTime' AS timestamptz) END AS accepted,
               CASE WHEN r_substatus = 'Won' THEN CAST(r_doc ->> 'closedDateTime' AS timestamptz) END AS won,
               CASE WHEN r_doc ->> 'statusReason' IS NULL THEN NULL
                    WHEN r_doc ->> 'statusReason' ~ '^[A-Za-z]{1,40}$' THEN r_doc ->> 'statusReason'
                    ELSE 'Other' END AS reason)
    SELECT r_organization_id, r_direction, f.month, coalesce(CAST(r_customer_country AS varchar), ''), s.id,
           r_substatus, f.reason, coalesce(CAST(r_currency AS varchar), ''), coalesce(r_deal_value, 0),
           coalesce(CAST(extract(epoch FROM f.accepted - r_created_at) AS bigint), 0),
           coalesce(CAST(extract(epoch FROM f.won - r_created_at) AS bigint), 0)
    FROM f, (SELECT NULL::uuid AS id
             UNION ALL
             SELECT DISTINCT CAST(e ->> 'id' AS uuid)
             FROM jsonb_array_elements(coalesce(r_doc #> '{details,requirements,solutions}', '[]')) e
             WHERE e ->> 'id' IS NOT NULL) s
$$;

CREATE FUNCTION insight_durations(
    r_organization_id varchar, r_direction varchar, r_created_at timestamptz, r_customer_country varchar,
    r_substatus varchar, r_currency varchar, r_deal_value numeric, r_doc jsonb) RETURNS TABLE (
    organization_id varchar, direction varchar, month date, kind char(1), counterpart varchar, bucket smallint)
LANGUAGE sql STABLE AS $$
    WITH f AS (
        SELECT CAST(date_trunc('month', r_created_at AT TIME ZONE 'UTC') AS date) AS month,
               CAST(r_doc ->> 'acceptedDateTime' AS timestamptz) AS accepted,
               CAST(r_doc ->> 'closedDateTime' AS timestamptz) AS closed,
               r_doc #>> '{inviteContext,invitedBy,organizationId}' AS sender)
    SELECT r_organization_id, r_direction, f.month, 'A', '', insight_bucket_of(CAST(extract(epoch FROM f.accepted - r_created_at) AS bigint))
    FROM f WHERE r_direction = 'Incoming' AND f.accepted IS NOT NULL
    UNION ALL
    SELECT r_organization_id, r_direction, f.month, 'W', '', insight_bucket_of(CAST(extract(epoch FROM f.closed - r_created_at) AS bigint))
    FROM f WHERE r_substatus = 'Won' AND f.closed IS NOT NULL
    UNION ALL
    SELECT f.sender, 'Outgoing', f.month, 'R', r_organization_id,
           insight_bucket_of(CAST(extract(epoch FROM coalesce(f.accepted, f.closed) - r_created_at) AS bigint))
    FROM f WHERE r_direction = 'Incoming' AND f.sender IS NOT NULL AND f.sender <> r_organization_id
        AND (r_substatus = 'Declined' OR f.accepted IS NOT NULL) AND coalesce(f.accepted, f.closed) IS NOT NULL
    UNION ALL
    SELECT f.sender, 'Outgoing', f.month, 'E', r_organization_id, 0
    FROM f WHERE r_direction = 'Incoming' AND f.sender IS NOT NULL AND f.sender <> r_organization_id
        AND r_substatus = 'Expired'
$$;

-- One statement's deltas: the old rows count -1, the new +1, summed per key. The transition tables
-- are read where they are (no copy of a bulk statement's rows is made).
CREATE FUNCTION insight_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT organization_id, direction, created_at, customer_country, substatus, currency, deal_value, doc, 1 AS d FROM inserted'
        WHEN 'DELETE' THEN 'SELECT organization_id, direction, created_at, customer_country, substatus, currency, deal_value, doc, -1 AS d FROM deleted'
        ELSE 'SELECT organization_id, direction, created_at, customer_country, substatus, currency, deal_value, doc, -1 AS d FROM before_rows UNION ALL SELECT organization_id, direction, created_at, customer_country, substatus, currency, deal_value, doc, 1 FROM after_rows' END;
BEGIN
    EXECUTE format($q$
        INSERT INTO insight_tally (organization_id, direction, month, country, solution_id, substatus, reason, currency,
                                   n, value, accept_s, won_s)
        SELECT f.organization_id, f.direction, f.month, f.country, f.solution_id, f.substatus, f.reason, f.currency,
               sum(c.d), sum(c.d * f.value), sum(c.d * f.accept_s), sum(c.d * f.won_s)
        FROM (%s) c, LATERAL insight_facts(c.organization_id, c.direction, c.created_at, c.customer_country, c.substatus, c.currency, c.deal_value, c.doc) f
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        HAVING sum(c.d) <> 0 OR sum(c.d * f.value) <> 0 OR sum(c.d * f.accept_s) <> 0 OR sum(c.d * f.won_s) <> 0$q$, changed);
    EXECUTE format($q$
        INSERT INTO insight_duration (organization_id, direction, month, kind, counterpart, bucket, n)
        SELECT f.organization_id, f.direction, f.month, f.kind, f.counterpart, f.bucket, sum(c.d)
        FROM (%s) c, LATERAL insight_durations(c.organization_id, c.direction, c.created_at, c.customer_country, c.substatus, c.currency, c.deal_value, c.doc) f
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(c.d) <> 0$q$, changed);
    RETURN NULL;
END $$;
CREATE TRIGGER insight_inserted AFTER INSERT ON referral REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION insight_changed();
CREATE TRIGGER insight_updated AFTER UPDATE ON referral REFERENCING OLD TABLE AS before_rows
    NEW TABLE AS after_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_changed();
CREATE TRIGGER insight_deleted AFTER DELETE ON referral REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION insight_changed();
CREATE FUNCTION insight_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM insight_tally;
    DELETE FROM insight_duration;
    RETURN NULL;
END $$;
CREATE TRIGGER insight_truncated AFTER TRUNCATE ON referral
    FOR EACH STATEMENT EXECUTE FUNCTION insight_truncated();

INSERT INTO insight_tally (organization_id, direction, month, country, solution_id, substatus, reason, currency,
                           n, value, accept_s, won_s)
SELECT f.organization_id, f.direction, f.month, f.country, f.solution_id, f.substatus, f.reason, f.currency,
       count(*), sum(f.value), sum(f.accept_s), sum(f.won_s)
FROM referral r, LATERAL insight_facts(r.organization_id, r.direction, r.created_at, r.customer_country, r.substatus, r.currency, r.deal_value, r.doc) f GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
INSERT INTO insight_duration (organization_id, direction, month, kind, counterpart, bucket, n)
SELECT f.organization_id, f.direction, f.month, f.kind, f.counterpart, f.bucket, count(*)
FROM referral r, LATERAL insight_durations(r.organization_id, r.direction, r.created_at, r.customer_country, r.substatus, r.currency, r.deal_value, r.doc) f GROUP BY 1, 2, 3, 4, 5, 6;
--rollback DROP TRIGGER insight_inserted ON referral; DROP TRIGGER insight_updated ON referral; DROP TRIGGER insight_deleted ON referral; DROP TRIGGER insight_truncated ON referral; DROP FUNCTION insight_changed, insight_truncated, insight_facts, insight_durations, insight_bucket_of; DROP TABLE insight_tally, insight_duration, insight_bucket;
