package com.cosell.backend.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Who is calling, as the validated access token says. */
public record Caller(
        String id,
        @Nullable String name,
        @Nullable String email,
        @Nullable String organisationId,
        Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
