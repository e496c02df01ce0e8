package com.cosell.backend.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/** The whole backend on a random port, against a real PostgreSQL and a real (test) token issuer. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The suite's handful of users send far more requests and stream handshakes than any person would:
// the rate limits stay on (the limiter is in every request's path) with room for that. RateLimitApiTest
// sets tight ones of its own (a test class's @TestPropertySource wins over these).
// Reactor Netty's resources wait a quiet period of 2 s before they stop; the suite's dozen contexts,
// closed one after another when the test JVM exits, spent about 15 s idle on it.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "cosell.rate-limits.organization-burst=1000000",
            "cosell.rate-limits.user-burst=1000000",
            "cosell.rate-limits.handshake-burst=100000",
            "spring.reactor.netty.shutdown-quiet-period=0s"
        })
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = BackendTestInitializer.class)
public @interface BackendTest {}
