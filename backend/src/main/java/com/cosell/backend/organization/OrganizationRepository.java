package com.cosell.backend.organization;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

/**
 * Organizations, read from the {@code organisation} table. The schema keeps the British spelling
 * ({@code organisation}, {@code organisation_id} in every table): renaming it is a migration of its own.
 */
@Repository
public class OrganizationRepository {

    private final DatabaseClient db;

    OrganizationRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Organization> findById(String id) {
        return db.sql("SELECT id, name, kind FROM organisation WHERE id = :id")
                .bind("id", id)
                .map(OrganizationRepository::organization)
                .one();
    }

    /** The one vendor, whose sellers co-sell with every partner. */
    public Mono<Organization> vendor() {
        return db.sql("SELECT id, name, kind FROM organisation WHERE kind = 'VENDOR'")
                .map(OrganizationRepository::organization).one();
    }

    private static Organization organization(Readable row) {
        return new Organization(row.get("id", String.class), row.get("name", String.class),
                Organization.Kind.valueOf(row.get("kind", String.class)));
    }
}
