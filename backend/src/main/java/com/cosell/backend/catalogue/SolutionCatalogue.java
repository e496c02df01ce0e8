package com.cosell.backend.catalogue;

import com.cosell.api.catalogue.Solution;
import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The solutions an organization may put on a deal: its own, and every co-sell-ready solution of
 * the vendor and of other partners. Nothing else is visible to it.
 */
@Repository
public class SolutionCatalogue {

    private static final String VISIBLE = """
            SELECT s.id, s.name, s.organization_id, o.name AS org_name, o.kind, s.co_sell_ready, s.registration_eligible
            FROM solution s JOIN organization o ON o.id = s.organization_id
            WHERE (s.organization_id = :org OR s.co_sell_ready)""";

    private final DatabaseClient db;

    SolutionCatalogue(DatabaseClient db) {
        this.db = db;
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
        return db.sql(VISIBLE + " AND s.id = ANY(:ids)")
                .bind("org", organizationId)
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> solution(row, organizationId))
                .all();
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
