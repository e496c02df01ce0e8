package com.cosell.backend.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

/**
 * Every API call needs a valid bearer token; only health probes are open. Failures answer
 * problem+json. Finer rules (roles, organization) are checked where the data is.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    /** The event stream's WebSocket (see stream.EventStreamRoutes). */
    static final String EVENTS_PATH = "/v1.0/engagements/events";

    @Bean
    SecurityWebFilterChain api(
            ServerHttpSecurity http,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> callerTokenConverter,
            ProblemWriter problems) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // A mail's unsubscribe link works without signing in: its token names the person.
                        .pathMatchers("/v1.0/email/unsubscribe")
                        .permitAll()
                        .anyExchange()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .oauth2ResourceServer(oauth2 -> oauth2.bearerTokenConverter(bearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(callerTokenConverter))
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .build();
    }

    /**
     * No observations of Spring Security's own (each filter, each authentication and authorization):
     * nothing reads them, and they wrapped every request in several more. The request's own timer,
     * {@code http_server_requests_seconds}, stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The bearer token comes from the Authorization header; only the event WebSocket also takes it
     * from {@code ?access_token=}, because browsers cannot set headers on a WebSocket handshake.
     * Anywhere else a token in the URL (logged by proxies) is ignored.
     */
    private static ServerAuthenticationConverter bearerTokens() {
        ServerAuthenticationConverter header = new BearerHeader(new ServerBearerTokenAuthenticationConverter());
        ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();
        headerOrQuery.setAllowUriQueryParameter(true);
        return exchange -> EVENTS_PATH.equals(
                        exchange.getRequest().getPath().pathWithinApplication().value())
                ? headerOrQuery.convert(exchange)
                : header.convert(exchange);
    }

    private static ServerAuthenticationEntryPoint unauthorized(ProblemWriter problems) {
        return (exchange, ex) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.write(
                    exchange, HttpStatus.UNAUTHORIZED, "A valid bearer token is required (" + ex.getMessage() + ").");
        };
    }

    private static ServerAccessDeniedHandler forbidden(ProblemWriter problems) {
        return (exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN, "Not allowed for your roles.");
    }
}
