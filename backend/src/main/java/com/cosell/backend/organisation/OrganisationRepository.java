package com.cosell.backend.organisation;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class OrganisationRepository {

    private final DatabaseClient db;

    OrganisationRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Organisation> findById(String id) {
        return db.sql("SELECT id, name, kind FROM organisation WHERE id = :id")
                .bind("id", id)
                .map(OrganisationRepository::organisation)
                .one();
    }

    /** The one vendor, whose sellers co-sell with every partner. */
    public Mono<Organisation> vendor() {
        return db.sql("SELECT id, name, kind FROM organisation WHERE kind = 'VENDOR'")
                .map(OrganisationRepository::organisation).one();
    }

    public Flux<Organisation> partners() {
        return db.sql("SELECT id, name, kind FROM organisation WHERE kind = 'PARTNER' ORDER BY name")
                .map(OrganisationRepository::organisation).all();
    }

    private static Organisation organisation(Readable row) {
        return new Organisation(row.get("id", String.class), row.get("name", String.class),
                Organisation.Kind.valueOf(row.get("kind", String.class)));
    }
}
