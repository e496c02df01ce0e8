package com.cosell.backend.mail;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Update;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The {@code person} rows: identity from tokens, preferences from the person. */
@Repository
class PersonStore {

    private final R2dbcEntityTemplate rows;

    PersonStore(R2dbcEntityTemplate rows) {
        this.rows = rows;
    }

    /**
     * Records who the caller is now; preferences and language are left as they were. SQL: one
     * statement that inserts or updates (ON CONFLICT), safe when two of the caller's requests race.
     */
    Mono<Void> upsert(Caller caller, Instant now) {
        String[] roles = caller.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        DatabaseClient.GenericExecuteSpec spec = rows.getDatabaseClient()
                .sql("""
                        INSERT INTO person (id, organization_id, name, email, roles, seen_at)
                        VALUES (:id, :org, left(:name, 200), left(:email, 320), :roles, :now)
                        ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id,
                            name = excluded.name, email = excluded.email, roles = excluded.roles,
                            seen_at = excluded.seen_at""")
                .bind("id", caller.id())
                .bind("org", String.valueOf(caller.organizationId()))
                .bind("roles", roles)
                .bind("now", now);
        spec = caller.name() == null ? spec.bindNull("name", String.class) : spec.bind("name", caller.name());
        spec = caller.email() == null ? spec.bindNull("email", String.class) : spec.bind("email", caller.email());
        return spec.then();
    }

    Mono<Person> find(String id) {
        return rows.selectOne(query(where("id").is(id)), Person.class);
    }

    Mono<Person> byToken(UUID token) {
        return rows.selectOne(query(where("unsubscribeToken").is(token)), Person.class);
    }

    Mono<Void> update(String id, String language, Person.Delivery delivery, Set<String> mutedKinds) {
        return rows.update(
                        query(where("id").is(id)),
                        Update.update("language", language)
                                .set("delivery", delivery)
                                .set("mutedKinds", mutedKinds.toArray(String[]::new)),
                        Person.class)
                .then();
    }

    /** Emits whether the token named someone. */
    Mono<Boolean> unsubscribe(UUID token) {
        return rows.update(
                        query(where("unsubscribeToken").is(token)),
                        Update.update("delivery", Person.Delivery.NONE),
                        Person.class)
                .map(n -> n > 0);
    }
}
