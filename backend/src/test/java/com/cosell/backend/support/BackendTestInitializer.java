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
                "cosell.identity.jwk-set-uri=" + issuer.jwkSetUri()
        ).applyTo(context);
        // Webhook workers of other tests' contexts would compete for the webhook tests' subscriptions.
        if (!context.getEnvironment().containsProperty("cosell.webhooks.worker-enabled")) {
            TestPropertyValues.of("cosell.webhooks.worker-enabled=false").applyTo(context);
        }
    }
}
