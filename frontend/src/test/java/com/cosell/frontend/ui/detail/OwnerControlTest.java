package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.event.Change;
import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The owner on a referral's page: shown, "Unassigned", assigned from the organization's people, refusals at the field. */
class OwnerControlTest extends ReferralDetailTestBase {

    private static final Owner ALICE = new Owner("u-alice", "Alice Kim");
    private static final Owner BOB = new Owner("u-bob", "Bob Lee");

    @Test
    void anUnassignedReferralIsAssignedToAColleague() {
        Referral r = Fixtures.received(Fixtures.id("r-1"), "Northwind");
        when(owners.people(any())).thenReturn(List.of(ALICE, BOB));
        Referral assigned = r.toBuilder().owner(ALICE).build();
        when(owners.assign(any(), eq(r.id().toString()), eq("u-alice"))).thenReturn(assigned);
        show(r);
        assertThat(find(Span.class).id("owner-name").getText()).isEqualTo("Unassigned");

        @SuppressWarnings("unchecked")
        ComboBox<Owner> choice = find(ComboBox.class).id("owner-choice");
        test(choice).selectItem("Alice Kim");
        when(backend.referral(any(), eq(r.id().toString()))).thenReturn(assigned);
        click("owner-assign");

        verify(owners).assign(any(), eq(r.id().toString()), eq("u-alice"));
        assertThat(find(Span.class).id("owner-name").getText()).isEqualTo("Alice Kim");
    }

    @Test
    void aRefusalShowsAtTheFieldAndNothingIsChosenIsSaidThere() {
        Referral r = Fixtures.received(Fixtures.id("r-2"), "Woodgrove").toBuilder()
                .owner(BOB)
                .build();
        when(owners.people(any())).thenReturn(List.of(ALICE, BOB));
        when(owners.assign(any(), any(), eq("u-alice")))
                .thenThrow(new Refusal(
                        400,
                        "id: not one of Contoso's people",
                        List.of(new FieldError("id", "'u-alice' is not one of Contoso Ltd.'s people")),
                        List.of()));
        show(r);
        @SuppressWarnings("unchecked")
        ComboBox<Owner> choice = find(ComboBox.class).id("owner-choice");
        click("owner-assign");
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo("Choose whom to assign it to.");
        test(choice).selectItem("Alice Kim");
        click("owner-assign");
        assertThat(choice.getErrorMessage()).contains("is not one of Contoso Ltd.'s people");
    }

    @Test
    void theHistorySaysWhoWasAssignedInKorean() {
        korean();
        Referral r = Fixtures.received(Fixtures.id("r-3"), "Tailspin").toBuilder()
                .owner(BOB)
                .build();
        when(owners.people(any())).thenReturn(List.of(ALICE, BOB));
        when(backend.history(any(), any()))
                .thenReturn(List.of(new HistoryEntry(
                        7,
                        "referral-updated",
                        Instant.now(),
                        null,
                        null,
                        List.of(new Change(
                                "/owner", null, Map.of("id", "u-bob", "name", "Bob Lee", "routingRule", "x"))))));
        show(r);
        assertThat(String.join(" | ", visibleTexts()))
                .contains("라우팅 규칙에 따라 Bob Lee에게 배정됨")
                .contains("담당자");
    }
}
