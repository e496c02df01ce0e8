package com.cosell.backend.member;

import com.cosell.backend.identity.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user of the organization as the identity provider has them.
 *
 * @param application an integration's service account rather than a person
 * @param roles       the Co-sell roles held, directly or through groups and composite roles
 */
public record Member(
        String id,
        String username,
        @Nullable String name,
        @Nullable String email,
        boolean enabled,
        boolean application,
        List<Role> roles) {

    public Member {
        roles = List.copyOf(roles);
    }
}
