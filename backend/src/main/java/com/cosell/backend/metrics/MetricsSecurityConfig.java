package com.cosell.backend.metrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The scrape endpoint answers to one basic-auth account (Prometheus' {@code basic_auth}), not to
 * people's tokens: a scraper has no user, and no user should read every organization's traffic.
 * Ordered before the API's chain, which would take the header for a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfig {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain metrics(ServerHttpSecurity http, MetricsProperties properties) {
        http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATH))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable);
        if (properties.password().isBlank()) {
            return http.authorizeExchange(e -> e.anyExchange().denyAll()).build();
        }
        return http.httpBasic(basic -> basic.authenticationManager(scraper(properties)))
                .authorizeExchange(e -> e.anyExchange().authenticated())
                .build();
    }

    private static ReactiveAuthenticationManager scraper(MetricsProperties properties) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var account = User.withUsername(properties.username())
                .password(encoder.encode(properties.password()))
                .roles("METRICS")
                .build();
        var manager =
                new UserDetailsRepositoryReactiveAuthenticationManager(new MapReactiveUserDetailsService(account));
        manager.setPasswordEncoder(encoder);
        return manager;
    }
}
