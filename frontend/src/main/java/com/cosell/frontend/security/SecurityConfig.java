package com.cosell.frontend.security;

import com.cosell.frontend.i18n.Translations;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in through the OIDC provider (authorization code + PKCE); sign-out ends the provider's
 * session too (RP-initiated logout, set up by Vaadin's configurer). Vaadin keeps its CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String REGISTRATION = "idp";

    /**
     * Only what Vaadin 25 needs is loosened. Flow's client runs the server's executeJs through
     * {@code new Function} ('unsafe-eval'), and its bootstrap page and Push set inline scripts and
     * Lumo inline styles ('unsafe-inline'); Flow's nonce-based strict CSP does not cover Push
     * (vaadin/flow#20329), which the workspace needs for live updates. Everything else is
     * this origin only (frames too: a download may use one), no plugins, no foreign base URL, never framed.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            SignInAvailability signIn,
            Translations translations)
            throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/actuator/health/**", "/styles/**").permitAll());
        http.oauth2Login(login -> login.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver)));
        // An identity provider that is down gets our own page, not a connection error on its host.
        http.addFilterBefore(
                new SignInUnavailablePage(signIn, translations), OAuth2AuthorizationRequestRedirectFilter.class);
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                // Links out of the workspace carry no path (referral ids), and no page may use devices
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        // Vaadin denies any path that is not one of its routes (an empty 403 the browser shows as
        // "HTTP ERROR 403"); signed in, such a path reaches Vaadin, whose not-found view answers 404.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION, "{baseUrl}")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
