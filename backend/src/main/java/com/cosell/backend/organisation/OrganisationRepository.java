package com.cosell.backend.organisation;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
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
                .map(row -> new Organisation(
                        row.get("id", String.class),
                        row.get("name", String.class),
                        Organisation.Kind.valueOf(row.get("kind", String.class))))
                .one();
    }
}
