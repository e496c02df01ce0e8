package com.cosell.api.member;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user of the organization as the identity provider has them ({@code /v1.0/organization/members}).
 *
 * @param application an integration's service account rather than a person
 * @param roles       the Co-sell roles held (their names, such as {@code MPN_ADMIN}), directly or through
 *                    groups and composite roles
 */
public record Member(
        String id,
        String username,
        @Nullable String name,
        @Nullable String email,
        boolean enabled,
        boolean application,
        List<String> roles) {

    public Member {
        roles = List.copyOf(roles);
    }

    public String displayName() {
        return name == null ? username : name;
    }
}
