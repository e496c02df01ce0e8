package com.cosell.backend.identity;

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
 */
@ConfigurationProperties("cosell.identity")
public record IdentityProperties(
        String issuerUri,
        @Nullable String jwkSetUri,
        @DefaultValue("cosell-api") String audience,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("org") String organisationClaim) {
}
