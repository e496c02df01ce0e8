package com.cosell.backend.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tells an application's own token (OAuth2 client credentials) from a person's, for the two kinds of
 * identity provider Co-sell documents. A person's token is never taken for an application's: each
 * test needs a claim or claim combination that an interactive sign-in does not produce.
 */
final class AppOnlyTokens {

    /** Keycloak names a client's service-account user {@code service-account-<client id>}. */
    static final String KEYCLOAK_SERVICE_ACCOUNT = "service-account-";

    private AppOnlyTokens() {}

    /** Whether no person signed in: the token is the application's own. */
    static boolean isApplication(Jwt jwt) {
        // Entra ID, with the optional claim idtyp configured on the API's registration
        if ("app".equalsIgnoreCase(text(jwt.getClaim("idtyp")))) {
            return true;
        }
        // Entra ID without idtyp: app-only tokens carry no delegated scopes and their subject is the
        // service principal itself (for a person, sub is a pairwise id that differs from oid)
        String oid = text(jwt.getClaim("oid"));
        if (oid != null
                && oid.equals(jwt.getSubject())
                && jwt.getClaim("scp") == null
                && (jwt.hasClaim("azp") || jwt.hasClaim("appid"))) {
            return true;
        }
        // Keycloak: client_id comes from its service_account client scope (or a mapper, as in our
        // realm); without it, the service-account user still shows, and it has no name of its own
        if (text(jwt.getClaim("client_id")) != null) {
            return true;
        }
        String username = text(jwt.getClaim("preferred_username"));
        return username != null && username.startsWith(KEYCLOAK_SERVICE_ACCOUNT) && !jwt.hasClaim("name");
    }

    /** The application's id: the OAuth2 client id (Keycloak) or application (client) id (Entra ID). */
    static @Nullable String applicationId(Jwt jwt) {
        for (String claim : new String[] {"client_id", "azp", "appid"}) {
            String value = text(jwt.getClaim(claim));
            if (value != null) {
                return value;
            }
        }
        String username = text(jwt.getClaim("preferred_username"));
        return username != null && username.startsWith(KEYCLOAK_SERVICE_ACCOUNT)
                ? username.substring(KEYCLOAK_SERVICE_ACCOUNT.length())
                : null;
    }

    /** A readable name: Entra ID's display name when the token has it, else the application's id. */
    static @Nullable String applicationName(Jwt jwt) {
        String display = text(jwt.getClaim("app_displayname"));
        return display != null ? display : applicationId(jwt);
    }

    private static @Nullable String text(@Nullable Object claim) {
        return CallerTokenConverter.text(claim);
    }
}
