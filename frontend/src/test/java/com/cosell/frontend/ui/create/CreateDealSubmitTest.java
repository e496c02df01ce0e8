package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CreateDealSubmitTest extends CreateDealTestBase {

    private static final String R_NEW = Fixtures.id("r-new");

    @Test
    void createSendsThePrivateDeal() {
        view = navigate(CreateDealView.class);
        Referral created = Fixtures.accepted(R_NEW, "Woodgrove analytics", "Independent");
        when(backend.create(any(), any())).thenReturn(created);
        when(backend.referral(any(), eq(R_NEW))).thenReturn(created);
        toLastStep();
        next();
        assertThat(find(Button.class).withId("wizard-create").single().isVisible())
                .isTrue();

        test(find(Button.class).id("wizard-create")).click();

        ArgumentCaptor<Referral> body = ArgumentCaptor.forClass(Referral.class);
        verify(backend).create(any(), body.capture());
        Referral sent = body.getValue();
        assertThat(sent.type()).isEqualTo(ReferralType.Independent);
        assertThat(sent.name()).isEqualTo("Woodgrove analytics");
        assertThat(sent.customerProfile().duns()).isEqualTo("987654321");
        assertThat(sent.customerProfile().team()).isNull();
        assertThat(sent.details().currency()).isEqualTo("USD");
        assertThat(sent.details().requirements().solutions())
                .extracting(s -> String.valueOf(s.id()))
                .containsExactly(Fixtures.SOLUTION_1);
        assertThat(sent.team()).extracting(Referral.Member::email).containsExactly("bob@contoso.example.com");
        assertThat(sent.inviteContext()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void askingMicrosoftForHelpNeedsTheKindOfHelpAndACustomerContact() {
        view = navigate(CreateDealView.class);
        toLastStep();
        find(Checkbox.class).id("need-help").setValue(true);
        next();
        assertThat(find(Select.class).id("help-code").getErrorMessage()).isEqualTo("Choose the kind of help you need");

        ((Select<String>) find(Select.class).id("help-code")).setValue("ProofOfConceptOrDemo");
        next();
        test(find(Button.class).id("wizard-create")).click();

        assertThat(view.currentStep()).isEqualTo(1);
        assertThat(find(Paragraph.class).id("contact-error").getText())
                .isEqualTo("Asking Microsoft for help needs a customer contact");
        verify(backend, never()).create(any(), any());
    }

    @Test
    void aServerRefusalIsShownAtTheFieldItNames() {
        view = navigate(CreateDealView.class);
        when(backend.create(any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "The request has 2 invalid fields.",
                        List.of(
                                new FieldError("details/dealValue", "The value is too large."),
                                new FieldError("team/0/email", "This address bounces.")),
                        List.of()));
        toLastStep();
        next();

        test(find(Button.class).id("wizard-create")).click();

        assertThat(view.currentStep()).isEqualTo(2);
        BigDecimalField value = find(BigDecimalField.class).id("deal-value");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("The value is too large.");
        next();
        assertThat(find(EmailField.class).id("employee-0-email").getErrorMessage())
                .isEqualTo("This address bounces.");
    }

    @Test
    void sellersCannotCreateDeals() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        navigate(CreateDealView.class);

        assertThat(find(Paragraph.class).id("create-error").getText())
                .isEqualTo("Only MPN partner admins and referral admins of a partner can create deals.");
        assertThat(find(Button.class).withId("wizard-next").exists()).isFalse();
    }

    @Test
    void koreanStepsUseThePartnerCenterTerms() {
        korean();
        navigate(CreateDealView.class);

        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .containsExactly("고객 선택", "고객 연락처", "거래 정보", "직원 추가", "솔루션 추가", "판매 유형", "검토 후 만들기");
        assertThat(visibleTexts()).noneMatch(t -> t.matches("(?s).*![a-z][a-zA-Z0-9.-]*!.*"));
    }

    @Test
    void theLastStepReadsEverythingBackBeforeCreate() {
        view = navigate(CreateDealView.class);
        toLastStep();
        assertThat(find(Button.class).withId("wizard-create").exists())
                .as("not before the review")
                .isFalse();

        next();

        assertThat(view.currentStep()).isEqualTo(6);
        assertThat(find(Span.class).id("review-deal").getText()).isEqualTo("Woodgrove analytics");
        assertThat(find(Span.class).id("review-employees").getText()).contains("Bob");
        assertThat(find(Span.class).id("review-sale-type").getText()).isEqualTo("Private");
        verify(backend, never()).create(any(), any());
    }

    @Test
    void leavingWithEnteredDataAsksFirstAndStaysUnlessTheUserDiscards() {
        when(backend.referrals(any(), any()))
                .thenReturn(new com.cosell.frontend.backend.ReferralPage(0L, List.of(), null));
        view = navigate(CreateDealView.class);
        fillCustomer();
        next();

        UI.getCurrent().navigate(CoSellView.class);

        assertThat(getCurrentView()).isSameAs(view);
        ConfirmDialog confirm = find(ConfirmDialog.class).id("leave-dialog");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).cancel(); // Esc
        assertThat(getCurrentView()).isSameAs(view);

        UI.getCurrent().navigate(CoSellView.class);
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Keep editing")
                        .single())
                .click();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(ConfirmDialog.class).withId("leave-dialog").exists())
                .as("closed")
                .isFalse();

        UI.getCurrent().navigate(CoSellView.class);
        test(find(ConfirmDialog.class).id("leave-dialog")).confirm();
        assertThat(getCurrentView()).isInstanceOf(CoSellView.class);
    }

    @Test
    void leavingAnUntouchedFormAsksNothing() {
        when(backend.referrals(any(), any()))
                .thenReturn(new com.cosell.frontend.backend.ReferralPage(0L, List.of(), null));
        navigate(CreateDealView.class);

        UI.getCurrent().navigate(CoSellView.class);

        assertThat(getCurrentView()).isInstanceOf(CoSellView.class);
        assertThat(find(ConfirmDialog.class).withId("leave-dialog").exists()).isFalse();
    }
}
