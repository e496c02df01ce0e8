package com.cosell.bench.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The frameworks alone, as a ceiling for the API's requests: Spring WebFlux on Reactor Netty with
 * Spring Security's bearer-token resource server (RS256 against the same issuer's keys, a verified
 * token kept, as Co-sell keeps it), answering an annotated controller's GET with the same JSON bytes
 * at once. None of Co-sell's filters, metrics, caller or organization; no database.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    NettyReactiveWebServerAutoConfiguration.class,
    HttpHandlerAutoConfiguration.class,
    WebFluxAutoConfiguration.class,
    CodecsAutoConfiguration.class,
    JacksonAutoConfiguration.class
})
@EnableWebFluxSecurity
class BareSpring {

    /**
     * Starts it on a free port of loopback; the caller closes the context. Without a logging system of
     * its own: Spring Boot would set logging up again for it, and the backend in the same JVM would
     * log at the level of this application's configuration from then on (every request, at INFO).
     */
    static ConfigurableApplicationContext start(byte[] body, String jwkSetUri) {
        String key = LoggingSystem.SYSTEM_PROPERTY;
        String before = System.getProperty(key);
        System.setProperty(key, LoggingSystem.NONE);
        try {
            return application(body, jwkSetUri);
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    private static ConfigurableApplicationContext application(byte[] body, String jwkSetUri) {
        return new SpringApplicationBuilder(BareSpring.class)
                .web(WebApplicationType.REACTIVE)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("body", new Body(body)))
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "server.address", "127.0.0.1",
                        "server.port", "0",
                        "bare.jwk-set-uri", jwkSetUri))
                .run();
    }

    static String base(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    record Body(byte[] json) {}

    /**
     * Event loops of its own: on the global ones, closing this application would close the backend's
     * server too (they share the JVM).
     */
    @Bean
    ReactorResourceFactory ownLoops() {
        ReactorResourceFactory loops = new ReactorResourceFactory();
        loops.setUseGlobalResources(false);
        return loops;
    }

    @Bean
    SecurityWebFilterChain chain(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(x -> x.anyExchange().authenticated())
                .oauth2ResourceServer(o -> o.jwt(jwt -> {}))
                .build();
    }

    @Bean
    ReactiveJwtDecoder decoder(org.springframework.core.env.Environment env) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(env.getProperty("bare.jwk-set-uri"))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        Map<String, Mono<Jwt>> verified = new ConcurrentHashMap<>();
        return token -> verified.computeIfAbsent(token, t -> nimbus.decode(t).cache());
    }

    /** Registered as a member of this configuration. */
    @RestController
    static class Endpoint {

        private final byte[] json;

        Endpoint(Body body) {
            this.json = body.json();
        }

        @GetMapping("/referral")
        Mono<ResponseEntity<byte[]>> get() {
            return Mono.just(
                    ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json));
        }
    }
}
