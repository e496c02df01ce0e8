package com.cosell.frontend.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * The sign-in client, from the provider's discovery document. Spring's own discovery insists on
 * reading it at the issuer's address, which a container often cannot reach (http://localhost:8180
 * means the container itself); so it is read at {@code internalUri} when set, and the issuer checked.
 */
@Configuration(proxyBeanMethods = false)
class ClientRegistrationConfig {

    @Bean
    ClientRegistrationRepository clientRegistrations(IdentityProperties identity, RestClient.Builder http) {
        String base = StringUtils.hasText(identity.internalUri()) ? identity.internalUri() : identity.issuerUri();
        Map<String, Object> metadata = http.build()
                .get()
                .uri(base.replaceAll("/+$", "") + "/.well-known/openid-configuration")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        if (metadata == null || !identity.issuerUri().equals(metadata.get("issuer"))) {
            throw new IllegalStateException("The identity provider at " + base + " names issuer "
                    + (metadata == null ? null : metadata.get("issuer")) + ", expected " + identity.issuerUri());
        }
        ClientRegistration registration = ClientRegistration.withRegistrationId(SecurityConfig.REGISTRATION)
                .clientName("Co-sell")
                .clientId(identity.clientId())
                .clientSecret(identity.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(identity.issuerUri())
                .authorizationUri((String) metadata.get("authorization_endpoint"))
                .tokenUri((String) metadata.get("token_endpoint"))
                .jwkSetUri((String) metadata.get("jwks_uri"))
                .userInfoUri((String) metadata.get("userinfo_endpoint"))
                .userNameAttributeName(identity.userNameAttribute())
                .providerConfigurationMetadata(metadata) // end_session_endpoint: sign-out at the IdP too
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
