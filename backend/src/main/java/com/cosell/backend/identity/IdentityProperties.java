package com.cosell.backend.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider whose tokens the API accepts, and which claims carry the caller's roles and
 * organisation. Keycloak's realm here uses {@code roles} and {@code org}; Microsoft Entra ID puts app
 * roles in {@code roles} and the organisation can come from any claim, hence configurable.
 *
 * @param issuerUri   the exact {@code iss} of accepted tokens
 * @param jwkSetUri   where the signing keys are; when absent they are discovered from the issuer
 *                    (set it when the server reaches the IdP at another address than the browser)
 * @param audience    a value the token's {@code aud} must contain
 * @param applicationOrganisations {@code <application id>=<organisation id>} pairs: the organisation
 *                    of an app-only token that carries no organisation claim (Entra ID cannot put a
 *                    directory attribute into a token that has no user)
 */
@ConfigurationProperties("cosell.identity")
public record IdentityProperties(
        String issuerUri,
        @Nullable String jwkSetUri,
        @DefaultValue("cosell-api") String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("org") String organisationClaim,
        @DefaultValue List<String> applicationOrganisations) {

    public IdentityProperties {
        applicationOrganisations = List.copyOf(applicationOrganisations);
        organisationsByApplication(applicationOrganisations); // a malformed pair stops the start-up
    }

    /** The configured pairs as a map; refuses a pair without both sides or an application named twice. */
    Map<String, String> organisationsByApplication() {
        return organisationsByApplication(applicationOrganisations);
    }

    private static Map<String, String> organisationsByApplication(List<String> pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String app = eq < 0 ? "" : pair.substring(0, eq).trim();
            String org = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (app.isEmpty() || org.isEmpty()) {
                throw new IllegalArgumentException("cosell.identity.application-organisations: '" + pair
                        + "' is not <application id>=<organisation id>");
            }
            if (map.put(app, org) != null) {
                throw new IllegalArgumentException(
                        "cosell.identity.application-organisations: application '" + app + "' is named twice");
            }
        }
        return Map.copyOf(map);
    }
}
