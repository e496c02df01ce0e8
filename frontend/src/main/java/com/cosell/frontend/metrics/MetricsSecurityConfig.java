package com.cosell.frontend.metrics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The scrape endpoint answers to one basic-auth account, not to signed-in people, and creates no
 * session. It is matched before the workspace's chain, which would send a scraper to sign in.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfig {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain metrics(
            HttpSecurity http,
            @Value("${cosell.metrics.username}") String username,
            @Value("${cosell.metrics.password}") String password)
            throws Exception {
        http.securityMatcher(PATH)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // The status is set, not sent as an error: the container's error dispatch would go
                // through the workspace's chain and answer a scraper with a redirect to sign in.
                .exceptionHandling(e -> e.authenticationEntryPoint(MetricsSecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(403)));
        if (password.isBlank()) {
            return http.authorizeHttpRequests(a -> a.anyRequest().denyAll()).build();
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var accounts = new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(password))
                .roles("METRICS")
                .build());
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return http.authenticationManager(new ProviderManager(provider))
                .httpBasic(basic -> basic.authenticationEntryPoint(MetricsSecurityConfig::unauthorized))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .build();
    }

    private static void unauthorized(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"metrics\"");
        response.setStatus(401);
    }
}
