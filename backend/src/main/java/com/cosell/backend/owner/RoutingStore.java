package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code routing_rule} rows, always of one organization. SQL: the owners' names are joined from
 * {@code person}, and routing takes the next turn of the matching rule with one UPDATE … RETURNING,
 * which locks that row: routers on several instances take turns, never the same one twice.
 */
@Repository
class RoutingStore {

    private final DatabaseClient db;

    RoutingStore(DatabaseClient db) {
        this.db = db;
    }

    /** The rules by precedence, their owners named as Co-sell knows them now. */
    Flux<RoutingRule> list(String organizationId) {
        return db.sql("""
                        SELECT r.id, r.precedence, r.countries, r.solution_id, s.name AS solution_name, r.owners,
                               ARRAY(SELECT coalesce(p.name, p.email, u.id) FROM unnest(r.owners) WITH ORDINALITY
                                     AS u(id, n) LEFT JOIN person p ON p.id = u.id ORDER BY u.n) AS names
                        FROM routing_rule r LEFT JOIN solution s ON s.id = r.solution_id
                        WHERE r.organization_id = :org ORDER BY r.precedence""").bind("org", organizationId).map(RoutingStore::rule).all();
    }

    Mono<Void> insert(String organizationId, UUID id, Input input, Instant now) {
        return bind(db.sql("""
                                INSERT INTO routing_rule (id, organization_id, precedence, countries, solution_id,
                                    owners, created_at)
                                VALUES (:id, :org, :precedence, :countries, :solution, :owners, :now)"""), organizationId, id, input).bind("now", now).then();
    }

    /** Emits whether the organization had the rule. Its turns start again with its new owners. */
    Mono<Boolean> update(String organizationId, UUID id, Input input) {
        return bind(db.sql("""
                                UPDATE routing_rule SET precedence = :precedence, countries = :countries,
                                    solution_id = :solution, owners = :owners, turns = 0
                                WHERE id = :id AND organization_id = :org"""), organizationId, id, input)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    Mono<Boolean> delete(String organizationId, UUID id) {
        return db.sql("DELETE FROM routing_rule WHERE id = :id AND organization_id = :org")
                .bind("id", id)
                .bind("org", organizationId)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    /** Whether the solution exists (the catalogue's). */
    Mono<Boolean> solutionExists(UUID id) {
        return db.sql("SELECT 1 FROM solution WHERE id = :id")
                .bind("id", id)
                .map(row -> true)
                .first()
                .defaultIfEmpty(false);
    }

    /**
     * Takes the next turn of the first rule (by precedence) matching a referral of the organization
     * with this customer country and these solutions; emits the rule and its owners in turn order,
     * the one whose turn it is first (the caller skips those who have left).
     */
    Mono<Optional<Turn>> nextTurn(String organizationId, @Nullable String country, Collection<UUID> solutions) {
        return db.sql("""
                        WITH matched AS (
                            SELECT id FROM routing_rule
                            WHERE organization_id = :org AND (countries IS NULL OR upper(:country) = ANY(countries))
                              AND (solution_id IS NULL OR solution_id = ANY(:solutions))
                            ORDER BY precedence LIMIT 1)
                        UPDATE routing_rule r SET turns = r.turns + 1 FROM matched WHERE r.id = matched.id
                        RETURNING r.id, r.owners, (r.turns - 1) % cardinality(r.owners) AS turn""")
                .bind("org", organizationId)
                .bind("country", Parameter.fromOrEmpty(country, String.class))
                .bind("solutions", solutions.toArray(UUID[]::new))
                .map(row -> Turn.of(
                        row.get("id", UUID.class),
                        List.of(row.get("owners", String[].class)),
                        row.get("turn", Long.class).intValue()))
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** A rule's turn: its owners from the one whose turn it is, round to the one before. */
    record Turn(UUID rule, List<String> inTurn) {

        static Turn of(UUID rule, List<String> owners, int turn) {
            List<String> rotated = new ArrayList<>(owners.subList(turn, owners.size()));
            rotated.addAll(owners.subList(0, turn));
            return new Turn(rule, List.copyOf(rotated));
        }
    }

    private static DatabaseClient.GenericExecuteSpec bind(
            DatabaseClient.GenericExecuteSpec spec, String organizationId, UUID id, Input input) {
        return spec.bind("id", id)
                .bind("org", organizationId)
                .bind("precedence", input.precedence())
                .bind(
                        "countries",
                        Parameter.fromOrEmpty(
                                input.countries().isEmpty()
                                        ? null
                                        : input.countries().toArray(String[]::new),
                                String[].class))
                .bind("solution", Parameter.fromOrEmpty(input.solutionId(), UUID.class))
                .bind("owners", input.owners().toArray(String[]::new));
    }

    private static RoutingRule rule(Readable row) {
        String[] ids = row.get("owners", String[].class);
        String[] names = row.get("names", String[].class);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.length; i++) {
            owners.add(new Owner(ids[i], names != null && i < names.length ? names[i] : ids[i]));
        }
        String[] countries = row.get("countries", String[].class);
        return new RoutingRule(
                row.get("id", UUID.class),
                row.get("precedence", Integer.class),
                countries == null ? List.of() : List.of(countries),
                row.get("solution_id", UUID.class),
                row.get("solution_name", String.class),
                owners,
                null);
    }

    /** A rule as written: validated by {@link RoutingInput}. */
    record Input(
            int precedence,
            List<String> countries,
            @Nullable UUID solutionId,
            List<String> owners) {}
}
