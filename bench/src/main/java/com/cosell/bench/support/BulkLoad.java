package com.cosell.bench.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Loads many referrals in one SQL statement (generate_series): through the API it would take hours. */
public final class BulkLoad {

    private BulkLoad() {}

    /**
     * n rows of contoso's Incoming referrals named prefix + md5, each with a document the API reads.
     *
     * @param template a valid Incoming referral document the rows' documents are made from
     * @param stages   a SQL array of substatuses, taken in turn
     * @param updated  SQL for updated_at in terms of g, the row number
     * @param expires  SQL for expiration_at of the Received ones
     */
    public static void referrals(
            Connection c, String template, long n, String prefix, String stages, String updated, String expires)
            throws Exception {
        if (n <= 0) {
            return;
        }
        String sql = """
                INSERT INTO referral (id, engagement_id, organization_id, version, name, status, substatus, type, direction,
                    deal_value, currency, closing_at, customer_name, customer_city, customer_country, created_at, updated_at,
                    expiration_at, doc)
                SELECT id, eng, 'contoso', 1, nm, st, sub, 'Shared', 'Incoming', 1000 + g, 'USD', now() + interval '60 days',
                    cust, 'San Francisco', 'US', ts, ts, exp,
                    jsonb_set(CAST(? AS jsonb), '{customerProfile,name}', to_jsonb(cust)) || jsonb_build_object(
                        'id', id, 'engagementId', eng, 'name', nm, 'status', st, 'substatus', sub,
                        'createdDateTime', to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'updatedDateTime', to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'expirationDateTime', to_char(exp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                    -- answered after 1 to 100 hours, closed 1 to 60 days later: what the insights read
                    || CASE WHEN sub IN ('Accepted', 'Won', 'Lost') THEN jsonb_build_object('acceptedDateTime',
                        to_char((ts + make_interval(hours => CAST(1 + g %% 100 AS int))) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                        ELSE '{}' END
                    || CASE WHEN st = 'Closed' THEN jsonb_build_object('closedDateTime',
                        to_char((ts + make_interval(days => CAST(1 + g %% 60 AS int))) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                        ELSE '{}' END
                FROM (SELECT g, gen_random_uuid() AS id, gen_random_uuid() AS eng, ? || md5(g::text) AS nm,
                             'Customer ' || substr(md5((g * 7)::text), 1, 10) AS cust, %s AS ts,
                             CASE WHEN sub = 'Received' THEN %s END AS exp, sub,
                             CASE sub WHEN 'Received' THEN 'New' WHEN 'Accepted' THEN 'Active' ELSE 'Closed' END AS st
                      FROM (SELECT g, (%s)[1 + g %% cardinality(%s)] AS sub FROM generate_series(1, ?) g) x) y
                """.formatted(updated, expires, stages, stages);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, template);
            ps.setString(2, prefix);
            ps.setLong(3, n);
            ps.executeUpdate();
        }
    }

    public static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
