package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.organization.Organization;
import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The people who may own an organization's referrals: those Co-sell knows from their sign-ins (the
 * {@code person} rows) who may read referrals there, by the same rule as every call. SQL: a join
 * with the organization's kind.
 */
@Repository
class People {

    /** How a person is named wherever an owner is shown or written: the name, else the e-mail, else the id (SQL over {@code person p}). */
    static final String NAME = "coalesce(p.name, p.email, p.id)";

    private final DatabaseClient db;

    People(DatabaseClient db) {
        this.db = db;
    }

    /** Everyone of the organization who may own its referrals, by name. */
    Flux<Owner> of(Organization organization) {
        return among(organization, null);
    }

    /** Those of {@code ids} who may own the organization's referrals; the others (unknown, another organization's) are left out. */
    Flux<Owner> among(Organization organization, @org.jspecify.annotations.Nullable Collection<String> ids) {
        String sql = "SELECT p.id, " + NAME + " AS name, p.roles FROM person p WHERE p.organization_id = :org"
                + (ids == null ? "" : " AND p.id = ANY(:ids)") + " ORDER BY " + NAME;
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("org", organization.id());
        if (ids != null) {
            spec = spec.bind("ids", ids.toArray(String[]::new));
        }
        return spec.map(row -> mayOwn(row, organization)).all().flatMapIterable(x -> x);
    }

    private static List<Owner> mayOwn(Readable row, Organization organization) {
        String id = row.get("id", String.class);
        String name = row.get("name", String.class);
        String[] roles = row.get("roles", String[].class);
        Set<Role> known = roles == null
                ? Set.of()
                : Arrays.stream(roles)
                        .map(Role::fromClaim)
                        .flatMap(java.util.Optional::stream)
                        .collect(Collectors.toSet());
        boolean reads = AccessControl.allows(
                new Caller(id, name, null, organization.id(), known), organization, Permission.READ);
        return reads ? List.of(new Owner(id, name)) : List.of();
    }
}
