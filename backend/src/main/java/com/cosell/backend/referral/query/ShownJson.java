package com.cosell.backend.referral.query;

import com.cosell.backend.odata.SqlFragment;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.store.StoredReferral;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read path's referrals as JSON text, composed by PostgreSQL in the statement that finds them:
 * the stored document (already Partner Center's JSON) with the reader's parts merged in, as
 * {@link ReferralPresenter} composes a {@link ReferralView} (favourite, owner, other parties, whom it
 * invited, registration status, eTag, links). One statement a page, and no parse and serialise of
 * every document in the JVM, which cost the API four fifths of the raw SQL's requests a second.
 * {@code ShownJsonTest} holds the two compositions equal.
 */
@Repository
public class ShownJson {

    /** One referral's JSON and the version its ETag is made from. */
    public record Shown(String json, long version) {

        public String eTag() {
            return StoredReferral.eTag(version);
        }
    }

    /** The keys added on reading; a document is stored without them, but a stale one is not shown. */
    private static final String READ_KEYS = "'{favorite,owner,relatedParties,target,registrationStatus,eTag,links}'";

    // Other parties oldest first, as ReferralStore.related orders them; jsonb_strip_nulls leaves out
    // what is absent, as the API's mapper does (non_null).
    private static final String SHOWN =
            """
            ((r.doc - %s::text[]) || jsonb_strip_nulls(jsonb_build_object(
              'favorite', EXISTS (SELECT 1 FROM favorite f WHERE f.user_id = :reader AND f.referral_id = r.id),
              'owner', (SELECT jsonb_build_object('id', o.owner_id, 'name', o.owner_name) FROM referral_owner o
                        WHERE o.referral_id = r.id AND o.organization_id = r.organization_id),
              'relatedParties', coalesce((SELECT jsonb_agg(jsonb_build_object('organizationId', p.organization_id,
                        'organizationName', p.doc -> 'organizationName', 'status', p.status,
                        'substatus', p.substatus, 'statusReason', p.doc -> 'statusReason')
                        ORDER BY p.created_at, p.organization_id)
                      FROM referral p WHERE p.engagement_id = r.engagement_id
                        AND p.organization_id <> r.organization_id), '[]'::jsonb),
              'target', CASE WHEN r.direction = 'Outgoing' THEN (SELECT jsonb_agg(jsonb_build_object(
                        'type', 'BusinessProfileLocation', 'id', p.organization_id,
                        'inviteContext', jsonb_build_object('notes', p.doc -> 'inviteContext' -> 'notes',
                          'assistanceRequestCode', p.doc -> 'inviteContext' -> 'assistanceRequestCode'))
                        ORDER BY p.created_at, p.organization_id)
                      FROM referral p WHERE p.engagement_id = r.engagement_id
                        AND p.organization_id <> r.organization_id
                        AND p.doc -> 'inviteContext' -> 'invitedBy' ->> 'organizationId' = r.organization_id) END,
              'registrationStatus', r.doc -> 'registrations' -> -1 -> 'status',
              'eTag', '"' || r.version || '"',
              'links', jsonb_build_object(
                'self', jsonb_build_object('uri', '%s/' || r.id, 'method', 'GET'),
                'relatedReferrals', jsonb_build_object(
                  'uri', '%s?$filter=engagementId%%20eq%%20' || r.engagement_id, 'method', 'GET')))))::text""".formatted(READ_KEYS, ReferralPresenter.REFERRALS, ReferralPresenter.REFERRALS);

    private final DatabaseClient db;

    ShownJson(DatabaseClient db) {
        this.db = db;
    }

    /** The organization's referral as {@code reader} sees it, or nothing. */
    public Mono<Shown> one(String organizationId, String reader, UUID id) {
        return db.sql("SELECT " + SHOWN + " AS shown, r.version FROM referral r "
                        + "WHERE r.id = :id AND r.organization_id = :org")
                .bind("reader", reader)
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> new Shown(row.get("shown", String.class), row.get("version", Long.class)))
                .one();
    }

    /**
     * A page of a filtered list, in its order. The page is cut first and composed after, so only its
     * own rows pay for their parties; the order is total (it ends with the id), so sorting again keeps it.
     */
    public Flux<String> page(
            String organizationId,
            String reader,
            SqlFragment filter,
            String orderBy,
            int top,
            long skip,
            Map<String, Object> extra) {
        String sql = "SELECT " + SHOWN + " AS shown FROM (SELECT * FROM referral r WHERE r.organization_id = :org AND ("
                + filter.sql() + ") ORDER BY " + orderBy + " LIMIT :top OFFSET :skip) r ORDER BY " + orderBy;
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql)
                .bind("reader", reader)
                .bind("org", organizationId)
                .bind("top", top)
                .bind("skip", skip);
        for (var p : filter.parameters().entrySet()) {
            spec = spec.bind(p.getKey(), p.getValue());
        }
        for (var p : extra.entrySet()) {
            if (sql.contains(":" + p.getKey())) {
                spec = spec.bind(p.getKey(), p.getValue());
            }
        }
        return spec.map(row -> row.get("shown", String.class)).all();
    }
}
