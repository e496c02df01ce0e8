package com.cosell.backend.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** APPLICATION_ORGS as the environment gives it: one comma-separated string, or nothing. */
class IdentityPropertiesTest {

    private static IdentityProperties bind(String applicationOrganizations) {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "cosell.identity.issuer-uri",
                "https://issuer",
                "cosell.identity.application-organizations",
                applicationOrganizations)));
        return binder.bind("cosell.identity", IdentityProperties.class).get();
    }

    @Test
    void pairsSeparatedByCommasMapApplicationsToOrganizations() {
        assertThat(bind("6f1c2a8e-0d3b-4c1e-9a57-2f0e8b1d4c90=contoso, fabrikam-sync = fabrikam")
                        .organizationsByApplication())
                .isEqualTo(Map.of("6f1c2a8e-0d3b-4c1e-9a57-2f0e8b1d4c90", "contoso", "fabrikam-sync", "fabrikam"));
    }

    @Test
    void nothingConfiguredIsNoMapping() {
        assertThat(bind("").organizationsByApplication()).isEmpty();
    }

    /** The fields say organization; the keys operators already set keep their British spelling. */
    @Test
    void theOrganizationClaimIsStillReadFromItsOldKey() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "cosell.identity.issuer-uri", "https://issuer",
                "cosell.identity.organization-claim", "tenant_org")));
        assertThat(binder.bind("cosell.identity", IdentityProperties.class)
                        .get()
                        .organizationClaim())
                .isEqualTo("tenant_org");
    }

    @Test
    void aMalformedPairStopsTheBinding() {
        assertThatThrownBy(() -> bind("contoso-crm:contoso"))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("'contoso-crm:contoso' is not <application id>=<organization id>");
    }
}
