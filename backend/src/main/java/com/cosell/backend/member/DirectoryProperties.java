package com.cosell.backend.member;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the organization page reads members from. Only Keycloak's admin API is spoken; with no
 * {@code url} the page lists nobody and links to {@code consoleUrl}, where members are managed.
 *
 * @param url          Keycloak's base address as the backend reaches it (no {@code /realms/...})
 * @param realm        the realm holding Co-sell's users
 * @param clientId     a confidential client whose service account has realm-management's
 *                     {@code view-users} and {@code query-users} (and {@code manage-users} and {@code view-realm}
 *                     to change roles)
 * @param manageRoles  whether admins may grant and revoke Co-sell roles from the organization page
 * @param consoleUrl   where a person manages members by hand (the IdP's admin console)
 * @param maxMembers   members listed at most; an organization with more is managed in the console
 */
@ConfigurationProperties("cosell.directory")
record DirectoryProperties(
        @Nullable String url,
        @DefaultValue("cosell") String realm,
        @DefaultValue("cosell-directory") String clientId,
        @Nullable String clientSecret,
        @DefaultValue("false") boolean manageRoles,
        @Nullable String consoleUrl,
        @DefaultValue("500") int maxMembers) {

    boolean configured() {
        return url != null && !url.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }
}
