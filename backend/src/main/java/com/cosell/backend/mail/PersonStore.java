package com.cosell.backend.mail;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The {@code person} rows: identity from tokens, preferences from the person. */
@Repository
class PersonStore {

    private final DatabaseClient db;

    PersonStore(DatabaseClient db) {
        this.db = db;
    }

    /** Records who the caller is now; preferences and language are left as they were. */
    Mono<Void> upsert(Caller caller, Instant now) {
        String[] roles = caller.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        INSERT INTO person (id, organisation_id, name, email, roles, seen_at)
                        VALUES (:id, :org, left(:name, 200), left(:email, 320), :roles, :now)
                        ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id,
                            name = excluded.name, email = excluded.email, roles = excluded.roles,
                            seen_at = excluded.seen_at""")
                .bind("id", caller.id()).bind("org", String.valueOf(caller.organizationId()))
                .bind("roles", roles).bind("now", now);
        spec = caller.name() == null ? spec.bindNull("name", String.class) : spec.bind("name", caller.name());
        spec = caller.email() == null ? spec.bindNull("email", String.class) : spec.bind("email", caller.email());
        return spec.then();
    }

    Mono<Person> find(String id) {
        return db.sql("SELECT * FROM person WHERE id = :id").bind("id", id).map(PersonStore::person).one();
    }

    Mono<Person> byToken(UUID token) {
        return db.sql("SELECT * FROM person WHERE unsubscribe_token = :t").bind("t", token)
                .map(PersonStore::person).one();
    }

    Mono<Void> update(String id, String language, Person.Delivery delivery, Set<String> mutedKinds) {
        return db.sql("""
                        UPDATE person SET language = :language, email_delivery = :delivery, muted_kinds = :muted
                        WHERE id = :id""")
                .bind("id", id).bind("language", language).bind("delivery", delivery.name())
                .bind("muted", mutedKinds.toArray(String[]::new))
                .then();
    }

    /** Emits whether the token named someone. */
    Mono<Boolean> unsubscribe(UUID token) {
        return db.sql("UPDATE person SET email_delivery = 'NONE' WHERE unsubscribe_token = :t").bind("t", token)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    private static Person person(Readable row) {
        String[] muted = row.get("muted_kinds", String[].class);
        return new Person(row.get("id", String.class), row.get("organisation_id", String.class),
                row.get("name", String.class), row.get("email", String.class), row.get("language", String.class),
                Person.Delivery.valueOf(row.get("email_delivery", String.class)),
                muted == null ? Set.of() : new TreeSet<>(Arrays.asList(muted)), row.get("unsubscribe_token", UUID.class));
    }
}
