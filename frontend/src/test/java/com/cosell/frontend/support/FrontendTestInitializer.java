package com.cosell.frontend.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the frontend's OIDC client at the fake provider. */
public class FrontendTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "ISSUER_URI=" + FakeIdentityProvider.get().issuer(),
                        // view tests publish events themselves; the end-to-end tests use the real stream
                        "cosell.backend.live-events=false",
                        // changes reach the views at once, so a test sees them without waiting
                        "cosell.ui.coalesce-window=PT0S",
                        // each view test stubs its own reads: nothing kept between them
                        "cosell.ui.shared-read-ttl=PT0S",
                        "cosell.ui.shared-people-ttl=PT0S",
                        "METRICS_PASSWORD=scrape-test-secret")
                .applyTo(context);
    }
}
