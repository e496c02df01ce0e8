package com.cosell.backend.catalogue;

import com.cosell.api.catalogue.Customer;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Type-ahead over the customer directory: prefix matches first, then fuzzy (trigram) matches, both
 * served by the trigram index, narrowed by country and city when given.
 */
@Repository
class CustomerDirectory {

    private final DatabaseClient db;

    CustomerDirectory(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Customer> search(String name, @Nullable String city, @Nullable String country, int limit) {
        String needle = name.trim().toLowerCase();
        String prefix = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return db.sql("""
                        SELECT id, name, address_line1, address_line2, city, state, postal_code, country, region, duns, size
                        FROM customer
                        WHERE (lower(name) LIKE :prefix OR lower(name) % :needle)
                          AND (CAST(:country AS text) IS NULL OR country = :country)
                          AND (CAST(:city AS text) IS NULL OR lower(city) = lower(:city))
                        ORDER BY lower(name) LIKE :prefix DESC, similarity(lower(name), :needle) DESC, name, duns
                        LIMIT :limit""")
                .bind("prefix", prefix)
                .bind("needle", needle)
                .bind("country", Parameter.fromOrEmpty(country, String.class))
                .bind("city", Parameter.fromOrEmpty(city, String.class))
                .bind("limit", limit)
                .map(row -> new Customer(
                        row.get("id", UUID.class),
                        row.get("name", String.class),
                        row.get("address_line1", String.class),
                        row.get("address_line2", String.class),
                        row.get("city", String.class),
                        row.get("state", String.class),
                        row.get("postal_code", String.class),
                        row.get("country", String.class),
                        row.get("region", String.class),
                        row.get("duns", String.class),
                        row.get("size", String.class)))
                .all();
    }
}
