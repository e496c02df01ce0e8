package com.cosell.backend.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the backend at the test database and the test issuer. */
public class BackendTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestIssuer issuer = TestIssuer.get();
        TestPropertyValues.of(
                        "DB_PORT=" + TestDatabase.port(),
                        "cosell.identity.issuer-uri=" + issuer.issuer(),
                        "cosell.identity.jwk-set-uri=" + issuer.jwkSetUri(),
                        // Every cached context shares one database: the webhook tests start their own workers,
                        // which no other context's worker may compete with (a test sets the property itself).
                        "WEBHOOKS_WORKER_ENABLED=false",
                        "METRICS_PASSWORD=scrape-test-secret")
                .applyTo(context);
    }
}
