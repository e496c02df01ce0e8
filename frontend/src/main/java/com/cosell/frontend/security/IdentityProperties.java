package com.cosell.frontend.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OIDC provider users sign in with.
 *
 * @param issuerUri    the provider's issuer, as browsers reach it and as tokens name it
 * @param internalUri  where this server reaches the provider when that differs from the issuer
 *                     (containers behind one host); discovery is read there, the issuer still checked
 */
@ConfigurationProperties("cosell.identity")
public record IdentityProperties(
        String issuerUri,
        @Nullable String internalUri,
        @DefaultValue("cosell-ui") String clientId,
        String clientSecret,
        @DefaultValue("preferred_username") String userNameAttribute) {}
