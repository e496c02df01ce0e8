--liquibase formatted sql

--changeset cosell:010-registration-contract
-- Partner Center's deal registration carries a contract (Finite with start and end, or Perpetual)
-- and per-solution details; the term in months is derived for a Finite one and absent for Perpetual.
ALTER TABLE deal_registration
    ADD COLUMN term             varchar(10) NOT NULL DEFAULT 'Finite' CHECK (term IN ('Finite', 'Perpetual')),
    ADD COLUMN start_at         timestamptz,
    ADD COLUMN end_at           timestamptz,
    ADD COLUMN solution_details jsonb       NOT NULL DEFAULT '[]'::jsonb,
    ALTER COLUMN term_months DROP NOT NULL;
UPDATE deal_registration SET start_at = signed_at, end_at = signed_at + make_interval(months => term_months);
ALTER TABLE deal_registration ADD CONSTRAINT deal_registration_term
    CHECK ((term = 'Finite' AND term_months IS NOT NULL) OR (term = 'Perpetual' AND term_months IS NULL));

-- The referral document shows its registration in Partner Center's shape from now on.
UPDATE referral r SET doc = jsonb_set(r.doc, '{registrations}', jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
        'id', d.id,
        'type', 'AzureIPCoSell',
        'registrationDateTime', to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'status', d.status,
        'statusReason', d.review_comment,
        'contract', jsonb_build_object(
            'value', d.contract_value,
            'currency', d.currency,
            'signDateTime', to_char(d.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'startDateTime', to_char(d.start_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'endDateTime', to_char(d.end_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'term', d.term),
        'solutionDetails', d.solution_details,
        'statusHistory', jsonb_build_object(
            'reviewPendingDateTime', to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            'approvedDateTime', CASE WHEN d.status = 'Approved'
                THEN to_char(d.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END,
            'actionRequiredDateTime', CASE WHEN d.status = 'ActionRequired'
                THEN to_char(d.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END,
            'failedDateTime', CASE WHEN d.status = 'Rejected'
                THEN to_char(d.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END)))))
FROM deal_registration d WHERE d.referral_id = r.id;
