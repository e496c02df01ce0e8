package com.cosell.backend.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The co-sell directory: the partner organizations one may invite to a deal, each with its
 * co-sell-ready solutions (only those: a partner's other solutions are its own business).
 */
@Repository
public class PartnerDirectory {

    /** A partner as the directory lists it. {@code kind} is always {@code PARTNER}. */
    public record Entry(String id, String name, String kind, List<Listed> solutions) {}

    /** One of its co-sell-ready solutions. */
    public record Listed(UUID id, String name) {}

    private final DatabaseClient db;

    PartnerDirectory(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The partners other than {@code except}, by name; with {@code search}, those whose name or one of
     * whose co-sell-ready solutions contains it (case-insensitive).
     */
    public Flux<Entry> partners(String except, @Nullable String search) {
        String like = search == null || search.isBlank()
                ? "%"
                : "%"
                        + search.trim()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        return db.sql("""
                        SELECT o.id, o.name, s.id AS solution_id, s.name AS solution_name
                        FROM organization o
                        LEFT JOIN solution s ON s.organization_id = o.id AND s.co_sell_ready
                        WHERE o.kind = 'PARTNER' AND o.id <> :except
                          AND (lower(o.name) LIKE :like OR EXISTS (SELECT 1 FROM solution x
                               WHERE x.organization_id = o.id AND x.co_sell_ready AND lower(x.name) LIKE :like))
                        ORDER BY o.name, o.id, s.name""")
                .bind("except", except)
                .bind("like", like)
                .map(row -> new Object[] {
                    row.get("id", String.class),
                    row.get("name", String.class),
                    row.get("solution_id", UUID.class),
                    row.get("solution_name", String.class)
                })
                .all()
                .collectList()
                .flatMapMany(rows -> {
                    Map<String, Entry> entries = new LinkedHashMap<>();
                    for (Object[] r : rows) {
                        Entry e = entries.computeIfAbsent(
                                (String) r[0], id -> new Entry(id, (String) r[1], "PARTNER", new ArrayList<>()));
                        if (r[2] != null) {
                            e.solutions().add(new Listed((UUID) r[2], (String) r[3]));
                        }
                    }
                    return Flux.fromIterable(entries.values());
                });
    }
}
