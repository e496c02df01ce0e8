package com.cosell.backend.catalogue;

import com.cosell.api.catalogue.Solution;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The solutions an organization may put on a deal: its own, and every co-sell-ready solution of
 * the vendor and of other partners. Nothing else is visible to it.
 *
 * <p>Solutions are registered by migrations, not through the API, and every new deal names some: a
 * solution found for an organization is remembered for {@link #KEEP} (a rename or a withdrawn
 * certification shows within that), so a create needs no statement for them; one not found is asked
 * for each time, so a new solution is usable at once.
 */
@Repository
public class SolutionCatalogue {

    private static final String VISIBLE = """
            SELECT s.id, s.name, s.organization_id, o.name AS org_name, o.kind, s.co_sell_ready, s.registration_eligible
            FROM solution s JOIN organization o ON o.id = s.organization_id
            WHERE (s.organization_id = :org OR s.co_sell_ready)""";

    static final Duration KEEP = Duration.ofSeconds(30);

    /** More remembered than this (organizations × solutions they named) and the memory starts again. */
    static final int LIMIT = 10_000;

    private record Key(String organizationId, UUID id) {}

    private record Remembered(Solution solution, Instant until) {}

    private final DatabaseClient db;
    private final Clock clock;
    private final Map<Key, Remembered> remembered = new ConcurrentHashMap<>();

    SolutionCatalogue(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Flux<Solution> visibleTo(String organizationId) {
        return db.sql(VISIBLE + " ORDER BY (s.organization_id = :org) DESC, o.kind DESC, s.name")
                .bind("org", organizationId)
                .map(row -> solution(row, organizationId))
                .all();
    }

    /** Those of {@code ids} the organization may use; unknown or invisible ones are simply absent. */
    public Flux<Solution> find(String organizationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Instant now = clock.instant();
        List<Solution> known = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Remembered r = remembered.get(new Key(organizationId, id));
            if (r == null || !now.isBefore(r.until())) {
                return read(organizationId, ids, now.plus(KEEP));
            }
            known.add(r.solution());
        }
        return Flux.fromIterable(known);
    }

    private Flux<Solution> read(String organizationId, Collection<UUID> ids, Instant until) {
        if (remembered.size() > LIMIT) {
            remembered.clear();
        }
        return db.sql(VISIBLE + " AND s.id = ANY(:ids)")
                .bind("org", organizationId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> solution(row, organizationId))
                .all()
                .doOnNext(s -> remembered.put(new Key(organizationId, s.id()), new Remembered(s, until)));
    }

    private static Solution solution(Readable row, String organizationId) {
        String owner = row.get("organization_id", String.class);
        String type = owner.equals(organizationId)
                ? "Own"
                : "VENDOR".equals(row.get("kind", String.class)) ? "Vendor" : "Partner";
        return new Solution(
                row.get("id", UUID.class),
                row.get("name", String.class),
                owner,
                row.get("org_name", String.class),
                type,
                Boolean.TRUE.equals(row.get("co_sell_ready", Boolean.class)),
                Boolean.TRUE.equals(row.get("registration_eligible", Boolean.class)));
    }
}
