package com.cosell.backend.referral.query;

import com.cosell.backend.odata.SqlFragment;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import io.r2dbc.spi.Readable;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The read path's referrals as JSON text: the stored document (already Partner Center's JSON) as
 * PostgreSQL writes it, with the reader's parts appended as {@link ReferralPresenter} composes them
 * for a {@link ReferralView} (favourite, owner, other parties, whom it invited, registration status,
 * eTag, links), all read in the one statement that finds the referrals. No document is parsed or
 * serialised in the JVM, which cost the API four fifths of the raw SQL's requests a second; the parts
 * are appended here rather than merged by PostgreSQL's JSON functions, which cost it twice the
 * statement. {@code ShownJsonTest} holds the two compositions equal.
 */
@Repository
public class ShownJson {

    /** One referral's JSON and the version its ETag is made from. */
    public record Shown(UUID id, String json, long version) {

        public String eTag() {
            return StoredReferral.eTag(version);
        }
    }

    /** The keys added on reading: a document is stored without them, but one that has them shows ours. */
    private static final String READ_KEYS = "'{favorite,owner,relatedParties,target,registrationStatus,eTag,links}'";

    // Other parties oldest first, as ReferralStore.related orders them; json_strip_nulls leaves out
    // what is absent, as the API's mapper does (non_null). Owner and favourite: READER_PARTS.
    private static final String COLUMNS = """
            (CASE WHEN jsonb_exists_any(r.doc, %1$s) THEN r.doc - %1$s::text[] ELSE r.doc END)::text AS doc,
            r.id, r.engagement_id, r.version, o.owner_id, o.owner_name, f.favorite IS NOT NULL AS favorite,
            r.doc -> 'registrations' -> -1 ->> 'status' AS registration_status,
            (SELECT json_strip_nulls(json_agg(json_build_object('organizationId', p.organization_id,
                    'organizationName', p.doc -> 'organizationName', 'status', p.status,
                    'substatus', p.substatus, 'statusReason', p.doc -> 'statusReason')
                    ORDER BY p.created_at, p.organization_id))
                FROM referral p WHERE p.engagement_id = r.engagement_id
                AND p.organization_id <> r.organization_id)::text AS parties,
            CASE WHEN r.direction = 'Outgoing' THEN (SELECT json_agg(json_build_object(
                    'type', 'BusinessProfileLocation', 'id', p.organization_id,
                    'inviteContext', json_strip_nulls(json_build_object(
                      'notes', p.doc -> 'inviteContext' -> 'notes',
                      'assistanceRequestCode', p.doc -> 'inviteContext' -> 'assistanceRequestCode')))
                    ORDER BY p.created_at, p.organization_id)
                FROM referral p WHERE p.engagement_id = r.engagement_id
                AND p.organization_id <> r.organization_id
                AND p.doc -> 'inviteContext' -> 'invitedBy' ->> 'organizationId' = r.organization_id)::text
            END AS invited""".formatted(READ_KEYS);

    // Lateral and limited (so not pulled up into a join), so each row probes the keys: as a join or an
    // EXISTS, PostgreSQL hashed all of the reader's favourites for a page (20 ms for 10,000 of them).
    private static final String READER_PARTS =
            " LEFT JOIN LATERAL (SELECT o.owner_id, o.owner_name FROM referral_owner o"
                    + " WHERE o.referral_id = r.id AND o.organization_id = r.organization_id LIMIT 1) o ON TRUE"
                    + " LEFT JOIN LATERAL (SELECT TRUE AS favorite FROM favorite f"
                    + " WHERE f.user_id = :reader AND f.referral_id = r.id LIMIT 1) f ON TRUE";

    private final DatabaseClient db;

    ShownJson(DatabaseClient db) {
        this.db = db;
    }

    /** The organization's referral as {@code reader} sees it, or nothing. */
    public Mono<Shown> one(String organizationId, String reader, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM referral r" + READER_PARTS
                        + " WHERE r.id = :id AND r.organization_id = :org")
                .bind("reader", reader)
                .bind("id", id)
                .bind("org", organizationId)
                .map(row -> new Shown(id, composed(row), row.get("version", Long.class)))
                .one();
    }

    /**
     * A page of a filtered list, in its order. The page is cut first and its parts read after, so only
     * its own rows pay for them; the order is total (it ends with the id), so sorting again keeps it.
     */
    public Flux<String> page(
            String organizationId,
            String reader,
            SqlFragment filter,
            String orderBy,
            int top,
            long skip,
            Map<String, Object> extra) {
        String sql = "SELECT " + COLUMNS + " FROM (SELECT * FROM referral r WHERE r.organization_id = :org AND ("
                + filter.sql() + ") ORDER BY " + orderBy + " LIMIT :top OFFSET :skip) r" + READER_PARTS + " ORDER BY "
                + orderBy;
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql)
                .bind("reader", reader)
                .bind("org", organizationId)
                .bind("top", top)
                .bind("skip", skip);
        return ReferralStore.withFilter(spec, filter, extra, sql)
                .map(ShownJson::composed)
                .all();
    }

    /** The document's own members, then the reader's: one object, as the presenter's view serialises. */
    private static String composed(Readable row) {
        String doc = row.get("doc", String.class);
        UUID id = row.get("id", UUID.class);
        StringBuilder json = new StringBuilder(doc.length() + 512)
                .append(doc, 0, doc.lastIndexOf('}'))
                .append(", \"favorite\": ")
                .append(row.get("favorite", Boolean.class));
        String ownerId = row.get("owner_id", String.class);
        if (ownerId != null) {
            json.append(", \"owner\": {\"id\": ");
            quoted(json, ownerId).append(", \"name\": ");
            quoted(json, row.get("owner_name", String.class)).append('}');
        }
        String parties = row.get("parties", String.class);
        json.append(", \"relatedParties\": ").append(parties == null ? "[]" : parties);
        String invited = row.get("invited", String.class);
        if (invited != null) {
            json.append(", \"target\": ").append(invited);
        }
        String registration = row.get("registration_status", String.class);
        if (registration != null) {
            quoted(json.append(", \"registrationStatus\": "), registration);
        }
        quoted(json.append(", \"eTag\": "), StoredReferral.eTag(row.get("version", Long.class)));
        return json.append(", \"links\": {\"self\": {\"uri\": \"")
                .append(ReferralPresenter.REFERRALS)
                .append('/')
                .append(id)
                .append("\", \"method\": \"GET\"}, \"relatedReferrals\": {\"uri\": \"")
                .append(ReferralPresenter.relatedReferrals(row.get("engagement_id", UUID.class)))
                .append("\", \"method\": \"GET\"}}}")
                .toString();
    }

    private static StringBuilder quoted(StringBuilder json, @Nullable String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        JsonStringEncoder.getInstance().quoteAsString(value, json);
        return json.append('"');
    }
}
