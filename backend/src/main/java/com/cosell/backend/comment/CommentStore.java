package com.cosell.backend.comment;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import com.cosell.api.comment.Comment;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.organization.Organization;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.relational.core.query.Update;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Comment rows. Every read names the caller's organization and its referral: internal comments of
 * that referral, and the engagement's parties comments — which the caller reads only because its
 * organization holds that referral of the engagement. Writes go through mapped rows; the reads are
 * SQL: each joins the organization for its name, and a change first locks its row (FOR UPDATE).
 */
@Repository
class CommentStore {

    private static final String SELECT = """
            SELECT c.*, o.name AS organization_name FROM comment c JOIN organization o ON o.id = c.organization_id
            WHERE ((c.channel = 'INTERNAL' AND c.referral_id = :referral AND c.organization_id = :org)
                OR (c.channel = 'PARTIES' AND c.engagement_id = :engagement))
            """;

    /** As long as author_name may be: in characters (code points), as PostgreSQL counts them. */
    private static final int NAME_LENGTH = 200;

    /** A {@code comment} row as written; mentions are jsonb. */
    @Table("comment")
    record Stored(
            @Id UUID id,
            UUID engagementId,
            UUID referralId,
            @Column("organization_id") String organizationId,
            Channel channel,
            String authorId,
            String authorName,
            @Nullable String body,
            Json mentions,
            Instant createdAt,
            @Nullable Instant editedAt,
            int editCount,
            @Nullable Instant deletedAt) {}

    /** The text a change replaced, kept as the comment's revision. */
    @Table("comment_revision")
    record Revision(UUID commentId, int revision, String body, Instant replacedAt) {}

    private final R2dbcEntityTemplate rows;
    private final DatabaseClient db;
    private final JsonMapper json;

    CommentStore(R2dbcEntityTemplate rows, JsonMapper json) {
        this.rows = rows;
        this.db = rows.getDatabaseClient();
        this.json = json;
    }

    /** The thread of {@code referral} (the caller's organization's referral of {@code engagement}). */
    Flux<Comment> thread(String org, UUID referral, UUID engagement) {
        return db.sql(SELECT + " ORDER BY c.created_at, c.id LIMIT 1000")
                .bind("org", org)
                .bind("referral", referral)
                .bind("engagement", engagement)
                .map(this::comment)
                .all();
    }

    /** One comment of that thread, locked for a change in the caller's transaction. */
    Mono<Comment> findForUpdate(String org, UUID referral, UUID engagement, UUID id) {
        return db.sql(SELECT + " AND c.id = :id FOR UPDATE OF c")
                .bind("org", org)
                .bind("referral", referral)
                .bind("engagement", engagement)
                .bind("id", id)
                .map(this::comment)
                .one();
    }

    Mono<Void> insert(Comment c, Channel channel, UUID engagement, UUID referral) {
        String name = c.authorName();
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH));
        }
        return rows.insert(new Stored(
                        c.id(),
                        engagement,
                        referral,
                        c.organizationId(),
                        channel,
                        c.authorId(),
                        name,
                        String.valueOf(c.body()),
                        mentions(c.mentions()),
                        c.createdAt(),
                        null,
                        0,
                        null))
                .then();
    }

    /** Keeps the text replaced as a revision, then writes the new one (the row is locked: its count is exact). */
    Mono<Void> edit(Comment old, String body, List<Comment.Mention> mentions, Instant now) {
        return revision(old, now)
                .then(rows.update(
                                query(where("id").is(old.id())),
                                Update.update("body", body)
                                        .set("mentions", mentions(mentions))
                                        .set("editedAt", now)
                                        .set("editCount", old.editCount() + 1),
                                Stored.class)
                        .then());
    }

    /** Leaves a tombstone; the text it had is kept as its last revision. */
    Mono<Void> delete(Comment old, Instant now) {
        return revision(old, now)
                .then(rows.update(
                                query(where("id").is(old.id())),
                                Update.update("body", null).set("deletedAt", now),
                                Stored.class)
                        .then());
    }

    private Mono<Void> revision(Comment old, Instant now) {
        return rows.insert(new Revision(old.id(), old.editCount() + 1, String.valueOf(old.body()), now))
                .then();
    }

    /** Every organization's referral of the engagement, the caller's own included. SQL: a join. */
    Flux<Party> parties(UUID engagement) {
        return db.sql("""
                        SELECT r.id, r.organization_id, o.name AS organization_name, r.name FROM referral r
                        JOIN organization o ON o.id = r.organization_id
                        WHERE r.engagement_id = :engagement ORDER BY r.created_at, r.id""")
                .bind("engagement", engagement)
                .map(row -> new Party(
                        row.get("id", UUID.class),
                        row.get("organization_id", String.class),
                        row.get("organization_name", String.class),
                        row.get("name", String.class)))
                .all();
    }

    /**
     * The people of these organizations who may read referrals there — by the same rule as every
     * call ({@link AccessControl#allows}) — as Co-sell knows them from their sign-ins. SQL: a join.
     */
    Flux<Comment.Person> people(Set<String> organizations, String except) {
        return db.sql("""
                        SELECT p.id, p.name, p.email, p.roles, o.id AS org, o.name AS org_name, o.kind FROM person p
                        JOIN organization o ON o.id = p.organization_id
                        WHERE p.organization_id = ANY(:orgs) AND p.id <> :except
                        ORDER BY o.name, coalesce(p.name, p.email, p.id)""")
                .bind("orgs", organizations.toArray(String[]::new))
                .bind("except", except)
                .map(row -> {
                    String[] roles = row.get("roles", String[].class);
                    Set<Role> known = roles == null
                            ? Set.of()
                            : Arrays.stream(roles)
                                    .filter(r -> Arrays.stream(Role.values())
                                            .anyMatch(v -> v.name().equals(r)))
                                    .map(Role::valueOf)
                                    .collect(Collectors.toSet());
                    String id = row.get("id", String.class);
                    String name = row.get("name", String.class) != null
                            ? row.get("name", String.class)
                            : row.get("email", String.class) != null ? row.get("email", String.class) : id;
                    Organization org = new Organization(
                            row.get("org", String.class),
                            row.get("org_name", String.class),
                            Organization.Kind.valueOf(row.get("kind", String.class)));
                    boolean reads =
                            AccessControl.allows(new Caller(id, name, null, org.id(), known), org, Permission.READ);
                    return reads
                            ? List.of(new Comment.Person(id, name, org.id(), org.name()))
                            : List.<Comment.Person>of();
                })
                .all()
                .flatMapIterable(x -> x);
    }

    private Json mentions(List<Comment.Mention> mentions) {
        return Json.of(json.writeValueAsString(mentions));
    }

    private Comment comment(Readable row) {
        List<Comment.Mention> mentions = json.readValue(
                row.get("mentions", Json.class).asString(), new TypeReference<List<Comment.Mention>>() {});
        Instant deletedAt = row.get("deleted_at", Instant.class);
        return new Comment(
                row.get("id", UUID.class),
                Channel.valueOf(row.get("channel", String.class)).wireName(),
                row.get("author_id", String.class),
                row.get("author_name", String.class),
                row.get("organization_id", String.class),
                row.get("organization_name", String.class),
                row.get("body", String.class),
                mentions,
                row.get("created_at", Instant.class),
                row.get("edited_at", Instant.class),
                row.get("edit_count", Integer.class),
                deletedAt,
                deletedAt != null);
    }
}
