package com.cosell.backend.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider whose tokens the API accepts, and which claims carry the caller's roles and
 * organization. Keycloak's realm here uses {@code roles} and {@code org}; Microsoft Entra ID puts app
 * roles in {@code roles} and the organization can come from any claim, hence configurable.
 *
 * @param issuerUri   the exact {@code iss} of accepted tokens
 * @param jwkSetUri   where the signing keys are; when absent they are discovered from the issuer
 *                    (set it when the server reaches the IdP at another address than the browser)
 * @param audience    a value the token's {@code aud} must contain
 * @param applicationOrganizations {@code <application id>=<organization id>} pairs: the organization
 *                    of an app-only token that carries no organization claim (Entra ID cannot put a
 *                    directory attribute into a token that has no user)
 *
 * Deployments set the two organization properties through {@code ORG_CLAIM} and {@code APPLICATION_ORGS};
 * their keys were spelled {@code organisation-…} before changeset 019 (README, upgrading).
 */
@ConfigurationProperties("cosell.identity")
record IdentityProperties(
        String issuerUri,
        @Nullable String jwkSetUri,
        @DefaultValue("cosell-api") String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("org") String organizationClaim,
        @DefaultValue List<String> applicationOrganizations) {

    public IdentityProperties {
        applicationOrganizations = List.copyOf(applicationOrganizations);
        organizationsByApplication(applicationOrganizations); // a malformed pair stops the start-up
    }

    /** The configured pairs as a map; refuses a pair without both sides or an application named twice. */
    Map<String, String> organizationsByApplication() {
        return organizationsByApplication(applicationOrganizations);
    }

    private static Map<String, String> organizationsByApplication(List<String> pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String app = eq < 0 ? "" : pair.substring(0, eq).trim();
            String org = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (app.isEmpty() || org.isEmpty()) {
                throw new IllegalArgumentException("cosell.identity.application-organizations: '" + pair
                        + "' is not <application id>=<organization id>");
            }
            if (map.put(app, org) != null) {
                throw new IllegalArgumentException(
                        "cosell.identity.application-organizations: application '" + app + "' is named twice");
            }
        }
        return Map.copyOf(map);
    }
}
