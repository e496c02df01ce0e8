package com.cosell.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.organization.Organization;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final Organization CONTOSO = new Organization("contoso", "Contoso Ltd.", Organization.Kind.PARTNER);

    @Test
    void aPersonIsNamedAsTheTokenNamesThem() {
        Actor bob = new Actor(new Caller("id-bob", "Bob Lee", null, "contoso", Set.of(Role.REFERRAL_ADMIN)), CONTOSO);

        assertThat(bob.displayName()).isEqualTo("Bob Lee");
    }

    @Test
    void anApplicationIsNamedAsAnApplication() {
        Actor crm =
                new Actor(new Caller("sa-1", "contoso-crm", null, "contoso", Set.of(Role.MPN_ADMIN), true), CONTOSO);

        assertThat(crm.displayName()).isEqualTo("contoso-crm (application)");
    }

    @Test
    void withoutANameTheIdStands() {
        assertThat(new Actor(new Caller("id-1", null, null, "contoso", Set.of()), CONTOSO).displayName())
                .isEqualTo("id-1");
        assertThat(new Actor(new Caller("sa-2", null, null, "contoso", Set.of(), true), CONTOSO).displayName())
                .isEqualTo("sa-2 (application)");
    }
}
