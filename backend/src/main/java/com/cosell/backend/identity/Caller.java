package com.cosell.backend.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the validated access token says.
 *
 * @param application true when an integration signed in as itself (client credentials, app-only
 *                    token); {@code name} is then the application's name and {@code email} is absent
 */
public record Caller(
        String id,
        @Nullable String name,
        @Nullable String email,
        @Nullable String organizationId,
        Set<Role> roles,
        boolean application) {

    /** A person. */
    public Caller(
            String id,
            @Nullable String name,
            @Nullable String email,
            @Nullable String organizationId,
            Set<Role> roles) {
        this(id, name, email, organizationId, roles, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
