package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.AssistanceRequestCode;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Organization;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.ReferralGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** "Other parties" on the detail page: each party's stage, inviting more partners, withdrawing an invitation. */
class OtherPartiesViewTest extends ViewTestBase {

    private static final String ID = "00000000-0000-4000-8000-00000000c0de";
    private static final List<Organization> DIRECTORY = List.of(
            new Organization("fabrikam", "Fabrikam, Inc.", "PARTNER"),
            new Organization("northwind", "Northwind Partners", "PARTNER"));
    private static final List<Solution> CATALOGUE = java.util.stream.Stream.concat(
                    Fixtures.solutions().stream(),
                    java.util.stream.Stream.of(new Solution(
                            java.util.UUID.fromString(Fixtures.id("s-4")),
                            "Northwind Sync",
                            "northwind",
                            "Northwind Partners",
                            "Partner",
                            true,
                            false)))
            .toList();

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.organizations(any())).thenReturn(DIRECTORY);
    }

    /** Contoso's deal, fabrikam invited (at {@code substatus}), the vendor engaged. */
    static Referral invitingDeal(String status, String substatus, String reason) {
        return invitingDeal(
                status,
                substatus,
                reason,
                Fixtures.accepted(ID, "Woodgrove lake", "Shared").details());
    }

    static Referral invitingDeal(String status, String substatus, String reason, Referral.Details details) {
        Referral r = Fixtures.accepted(ID, "Woodgrove lake", "Shared");
        return r.toBuilder()
                .campaignId(null)
                .expirationDateTime(null)
                .details(details)
                .target(List.of(Referral.Target.invitation("fabrikam", AssistanceRequestCode.GeneralOrOther, null)))
                .relatedParties(List.of(
                        Fixtures.party("fabrikam", "Fabrikam, Inc.", status, substatus, reason),
                        Fixtures.party("microsoft", "Microsoft", "Active", "Accepted", null)))
                .build();
    }

    private void show(Referral r) {
        when(backend.referral(any(), eq(r.id().toString()))).thenReturn(r);
        navigate(ReferralDetailView.class, r.id().toString());
    }

    @Test
    void theSenderSeesEachPartyAndWithdrawsAnUnansweredInvitation() {
        show(invitingDeal("New", "Received", null));
        assertThat(find(Div.class).id("party-fabrikam").getElement().getTextRecursively())
                .contains("Fabrikam, Inc.", "Received", "Withdraw");
        // The vendor was not invited through this list's withdraw: nothing to withdraw there.
        assertThat(find(Button.class).all())
                .noneMatch(b -> "withdraw-microsoft".equals(b.getId().orElse("")));

        when(backend.withdraw(any(), eq(ID), eq("fabrikam")))
                .thenReturn(invitingDeal("Closed", "Expired", "Withdrawn"));
        test(find(Button.class).id("withdraw-fabrikam")).click();

        verify(backend).withdraw(any(), eq(ID), eq("fabrikam"));
        assertThat(notificationText()).contains("Invitation to Fabrikam, Inc. withdrawn");
    }

    @Test
    void aDeclineShowsWithItsReasonAndCannotBeWithdrawn() {
        show(invitingDeal("Closed", "Declined", "NotACustomer"));
        String row = find(Div.class).id("party-fabrikam").getElement().getTextRecursively();
        assertThat(row).contains("Declined").doesNotContain("Withdraw");
    }

    @Test
    @SuppressWarnings("unchecked")
    void moreParntersAreInvitedFromTheDirectoryLeavingOutThoseAlreadyParties() {
        show(invitingDeal("Closed", "Declined", "NotACustomer"));
        test(find(Button.class).id("action-invite-partners")).click();

        ComboBox<Organization> search = find(ComboBox.class).id("invite-partner");
        test(search).setFilter("");
        assertThat(test(search).getSuggestionItems())
                .extracting(Organization::id)
                .containsExactly("northwind");
        test(find(Button.class).id("invite-dialog-save")).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("invite-dialog-error")
                        .getText())
                .isEqualTo("Choose at least one partner to invite.");

        search.setValue(DIRECTORY.get(1));
        ((Select<String>) find(Select.class).id("invite-code-northwind")).setValue("QuotesOrLicensing");
        when(backend.patch(any(), eq(ID), any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "bad",
                        List.of(new FieldError("target/0/inviteContext/notes", "At most 4000 characters.")),
                        List.of()));
        test(find(Button.class).id("invite-dialog-save")).click();

        ArgumentCaptor<List<PatchOperation>> ops = ArgumentCaptor.forClass(List.class);
        verify(backend).patch(any(), eq(ID), eq("W/\"" + ID + "-1\""), ops.capture());
        assertThat(ops.getValue())
                .containsExactly(new PatchOperation(
                        "add",
                        "/target/-",
                        Referral.Target.invitation("northwind", AssistanceRequestCode.QuotesOrLicensing, null)));
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class)
                        .id("invite-notes-northwind")
                        .getErrorMessage())
                .isEqualTo("At most 4000 characters.");
    }

    @Test
    void anotherPartnersSolutionOnTheDealOffersToInviteThatPartnerUnlessItIsAParty() {
        when(backend.solutions(any())).thenReturn(CATALOGUE);
        Referral.Details d = Fixtures.accepted(ID, "x", "Shared").details();
        show(invitingDeal(
                "New",
                "Received",
                null,
                Fixtures.details(
                        d.notes(),
                        d.dealValue(),
                        d.currency(),
                        d.closingDateTime(),
                        List.of(
                                Fixtures.solution(Fixtures.SOLUTION_3, "Fabrikam Data", "Partner"),
                                Fixtures.solution(Fixtures.id("s-4"), "Northwind Sync", "Partner")))));
        test(find(Button.class).id("action-invite-partners")).click();

        assertThat(find(Button.class).all())
                .noneMatch(b -> "invite-offer-fabrikam".equals(b.getId().orElse("")));
        test(find(Button.class).id("invite-offer-northwind")).click();
        assertThat(find(Select.class).all())
                .anyMatch(c -> "invite-code-northwind".equals(c.getId().orElse("")));
        assertThat(find(Button.class).all())
                .noneMatch(b -> "invite-offer-northwind".equals(b.getId().orElse("")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherPartnersSolutionSaysWhereThatPartnerIsInvited() {
        when(backend.solutions(any())).thenReturn(CATALOGUE);
        show(invitingDeal("New", "Received", null));
        test(find(Button.class).id("action-edit-solutions")).click();
        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> "solutions-invite-hint".equals(p.getId().orElse("")));

        CheckboxGroup<Solution> partners = find(CheckboxGroup.class).id("solutions-partner");
        partners.setValue(java.util.Set.copyOf(CATALOGUE.subList(2, 4)));
        // Fabrikam is a party already; Northwind is not.
        assertThat(find(Paragraph.class).id("solutions-invite-hint").getText())
                .contains("Northwind Partners", "Invite partners")
                .doesNotContain("Fabrikam");
    }

    @Test
    void theInviteeNeitherInvitesNorWithdraws() {
        Referral received = Fixtures.received(ID, "Woodgrove lake");
        show(received);
        assertThat(find(Button.class).all())
                .noneMatch(b -> b.getId().orElse("").startsWith("withdraw-")
                        || b.getId().orElse("").equals("action-invite-partners"));
    }

    @Test
    void theListShowsWhereTheInvitedPartnersStandAndKoreanToo() {
        Referral r = invitingDeal("Closed", "Declined", "NotACustomer");
        assertThat(Referrals.invitedSummary(r, s -> s.name())).isEqualTo("Fabrikam, Inc.: DECLINED");
        assertThat(Referrals.standing(r, false)).contains(com.cosell.api.referral.Stage.ACCEPTED);
        assertThat(new ReferralGrid(Clock.systemUTC(), (x, y) -> {}).tracksReceivers())
                .isFalse();
        korean();
        show(invitingDeal("New", "Received", null));
        assertThat(visibleTexts()).contains("철회", "다른 당사자").noneMatch(t -> t.startsWith("!"));
    }
}
