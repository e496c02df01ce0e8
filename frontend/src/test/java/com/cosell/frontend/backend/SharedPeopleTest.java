package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Owner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** One read of an organization's people for all its sessions while it is young; never across organizations. */
class SharedPeopleTest {

    private final OwnersApi owners = mock(OwnersApi.class);
    private final Authentication ana = new TestingAuthenticationToken("ana", "x");
    private final Authentication ben = new TestingAuthenticationToken("ben", "x");

    @Test
    void sessionsOfOneOrganizationShareOneRead() {
        when(owners.people(any())).thenReturn(List.of(new Owner("u-ana", "Ana"), new Owner("u-ben", "Ben")));
        SharedPeople people = new SharedPeople(owners, Duration.ofHours(1));

        SharedPeople.People first = people.of(ana, "contoso");
        SharedPeople.People second = people.of(ben, "contoso");

        assertThat(second).isSameAs(first); // one copy, held by every session
        assertThat(first.ids()).containsExactly("u-ana", "u-ben");
        assertThat(first.names()).containsEntry("u-ben", "Ben");
        verify(owners, times(1)).people(any());

        people.of(ben, "fabrikam"); // another organization reads its own
        verify(owners, times(2)).people(any());
    }

    @Test
    void withoutAKeepTimeEveryCallReads() {
        when(owners.people(any())).thenReturn(List.of(new Owner("u-ana", "Ana")));
        SharedPeople people = new SharedPeople(owners, Duration.ZERO);

        people.of(ana, "contoso");
        people.of(ana, "contoso");

        verify(owners, times(2)).people(any());
    }

    @Test
    void aFailedReadKeepsNothing() {
        when(owners.people(any()))
                .thenThrow(new BackendException(503, "down", null))
                .thenReturn(List.of(new Owner("u-ana", "Ana")));
        SharedPeople people = new SharedPeople(owners, Duration.ofHours(1));

        try {
            people.of(ana, "contoso");
        } catch (BackendException expected) {
            // the view shows the filter's own choices then
        }

        assertThat(people.of(ana, "contoso").ids()).containsExactly("u-ana");
    }
}
