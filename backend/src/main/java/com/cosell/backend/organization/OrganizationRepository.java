package com.cosell.backend.organization;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Organizations, read as mapped {@code organization} rows.
 */
@Repository
public class OrganizationRepository {

    private final R2dbcEntityTemplate rows;

    OrganizationRepository(R2dbcEntityTemplate rows) {
        this.rows = rows;
    }

    public Mono<Organization> findById(String id) {
        return rows.selectOne(query(where("id").is(id)), Organization.class);
    }

    /** The one vendor, whose sellers co-sell with every partner. */
    public Mono<Organization> vendor() {
        return rows.selectOne(query(where("kind").is(Organization.Kind.VENDOR)), Organization.class);
    }
}
