package com.cosell.backend.identity;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Accepts only RS256 tokens signed by the issuer's published keys, from that issuer, for our
 * audience, within their lifetime. Unsigned ({@code alg: none}) and HMAC tokens never pass. A token
 * that passed is not checked again until it expires ({@link VerifiedTokens}).
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    @Bean
    ReactiveJwtDecoder jwtDecoder(IdentityProperties identity) {
        String issuer = identity.issuerUri();
        String keys = identity.jwkSetUri();
        NimbusReactiveJwtDecoder decoder = StringUtils.hasText(keys)
                ? NimbusReactiveJwtDecoder.withJwkSetUri(keys)
                        .jwsAlgorithm(SignatureAlgorithm.RS256)
                        .build()
                : NimbusReactiveJwtDecoder.withIssuerLocation(issuer)
                        .jwsAlgorithm(SignatureAlgorithm.RS256)
                        .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<@Nullable List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(identity.audience()))));
        // The system clock, as the decoder's own lifetime check uses.
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }
}
