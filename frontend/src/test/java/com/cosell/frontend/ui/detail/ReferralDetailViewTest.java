package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ReferralDetailViewTest extends ReferralDetailTestBase {

    @Test
    void receivedOffersAcceptAndDeclineToPartners() {
        show(Fixtures.received(ID, "Woodgrove"));

        assertThat(actions()).containsExactly("action-accept", "action-decline");
    }

    @Test
    void acceptedPrivateDealOffersTheWorkAndAskingForHelp() {
        show(Fixtures.accepted(ID, "Woodgrove", "Independent"));

        assertThat(actions())
                .containsExactly(
                        "action-edit",
                        "action-add-employees",
                        "action-edit-solutions",
                        "action-ask-for-help",
                        "action-invite-partners",
                        "action-won",
                        "action-lost");
    }

    @Test
    void acceptedCoSellDealHasNoHelpToAskFor() {
        show(Fixtures.accepted(ID, "Woodgrove", "Shared"));

        assertThat(actions()).doesNotContain("action-ask-for-help").contains("action-won");
    }

    @Test
    void archivedIsReadOnly() {
        show(Fixtures.referral(ID, "Woodgrove", "Closed", "Won", "Shared", "Outgoing"));

        assertThat(actions()).isEmpty();
        assertThat(find(Span.class).id("read-only").getText()).isEqualTo("Archived: this referral is read-only.");
    }

    @Test
    void sellersEngageOrDeclineIncomingRequests() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        show(Fixtures.received(ID, "Woodgrove"));

        assertThat(actions()).containsExactly("action-engage", "action-decline");
    }

    @Test
    void sellersDoNotWorkPartnersDeals() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        show(Fixtures.accepted(ID, "Woodgrove", "Shared"));

        assertThat(actions()).isEmpty();
    }

    @Test
    void acceptChecksTheDealAndSendsTheETagShown() {
        Referral r = Fixtures.received(ID, "Woodgrove");
        show(r);
        when(backend.patch(any(), eq(ID), any(), any())).thenReturn(r);
        click("action-accept");
        find(TextField.class).id("deal-name").setValue("");
        click("accept-dialog-save");
        assertThat(find(TextField.class).id("deal-name").getErrorMessage()).isEqualTo("Required");
        verify(backend, never()).patch(any(), any(), any(), any());

        find(TextField.class).id("deal-name").setValue("Woodgrove, accepted");
        click("accept-dialog-save");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<PatchOperation>> ops = ArgumentCaptor.forClass(List.class);
        verify(backend).patch(any(), eq(ID), eq("W/\"" + ID + "-1\""), ops.capture());
        assertThat(ops.getValue())
                .contains(
                        new PatchOperation("replace", "/status", "Active"),
                        new PatchOperation("replace", "/substatus", "Accepted"),
                        PatchOperation.set("/name", "Woodgrove, accepted"));
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    @Test
    @SuppressWarnings("unchecked")
    void declineNeedsAReason() {
        Referral r = Fixtures.received(ID, "Woodgrove");
        show(r);
        when(backend.patch(any(), eq(ID), any(), any())).thenReturn(r);
        click("action-decline");
        click("decline-dialog-save");
        assertThat(find(Select.class).id("close-reason").getErrorMessage()).isEqualTo("Choose a reason");

        ((Select<String>) find(Select.class).id("close-reason")).setValue("BudgetInsufficient");
        click("decline-dialog-save");

        verify(backend)
                .patch(
                        any(),
                        eq(ID),
                        eq("W/\"" + ID + "-1\""),
                        eq(List.of(
                                new PatchOperation("replace", "/status", "Closed"),
                                new PatchOperation("replace", "/substatus", "Declined"),
                                PatchOperation.set("/statusReason", "BudgetInsufficient"))));
    }

    @Test
    void someoneElsesChangeIsNeverOverwrittenAndCanBeReloaded() {
        Referral r = Fixtures.accepted(ID, "Woodgrove", "Shared");
        show(r);
        when(backend.patch(any(), eq(ID), any(), any())).thenThrow(new Refusal(412, "changed"));
        click("action-edit");
        click("edit-dialog-save");

        Notification notice = find(Notification.class).id("stale-notice");
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getElement().getTextRecursively())
                .contains("Someone else changed this referral since you opened it. Nothing was saved.");
        Referral theirs = Fixtures.accepted(ID, "Woodgrove (renamed by Ana)", "Shared");
        when(backend.referral(any(), eq(ID))).thenReturn(theirs);
        click("stale-reload");

        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .id("referral-name")
                        .getText())
                .isEqualTo("Woodgrove (renamed by Ana)");
    }

    @Test
    void aMoveNoLongerPossibleSaysWhatIs() {
        show(Fixtures.accepted(ID, "Woodgrove", "Shared"));
        when(backend.patch(any(), eq(ID), any(), any()))
                .thenThrow(new Refusal(409, "Illegal move", List.of(), List.of("Closed/Won", "Closed/Lost")));
        click("action-won");
        click("won-dialog-save");

        assertThat(find(Paragraph.class).id("won-dialog-error").getText())
                .isEqualTo("Not possible from this stage. Possible: Closed/Won, Closed/Lost");
    }

    @Test
    void aServerRefusalIsShownAtTheFieldInTheDialog() {
        show(Fixtures.accepted(ID, "Woodgrove", "Shared"));
        when(backend.patch(any(), eq(ID), any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "details/dealValue: too big",
                        List.of(new FieldError("details/dealValue", "Too big.")),
                        List.of()));
        click("action-edit");
        click("edit-dialog-save");

        assertThat(find(BigDecimalField.class).id("deal-value").getErrorMessage())
                .isEqualTo("Too big.");
    }

    @Test
    void askingForHelpSharesThePrivateDeal() {
        Referral r = Fixtures.accepted(ID, "Woodgrove", "Independent");
        show(r);
        when(backend.patch(any(), eq(ID), any(), any())).thenReturn(r);
        click("action-ask-for-help");
        click("help-dialog-save");
        assertThat(find(Select.class).id("help-code").isInvalid()).isTrue();

        @SuppressWarnings("unchecked")
        Select<String> code = find(Select.class).id("help-code");
        code.setValue("QuotesOrLicensing");
        click("help-dialog-save");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<PatchOperation>> ops = ArgumentCaptor.forClass(List.class);
        verify(backend).patch(any(), eq(ID), eq("W/\"" + ID + "-1\""), ops.capture());
        assertThat(ops.getValue().getFirst()).isEqualTo(new PatchOperation("replace", "/type", "Shared"));
    }
}
