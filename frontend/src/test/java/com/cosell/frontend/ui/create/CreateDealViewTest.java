package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.Customer;
import com.cosell.frontend.backend.FieldError;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.cosell.frontend.ui.cosell.CoSellView;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CreateDealViewTest extends ViewTestBase {

    private static final String R_NEW = Fixtures.id("r-new");

    private CreateDealView view;

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(backend.recentContacts(any())).thenReturn(List.of(
                Fixtures.member("Mina", "Kim", "+82 10 2222 3333", "mina@contoso.example.com")));
        when(backend.customers(any(), any(), any(), any())).thenReturn(Fixtures.woodgroveEntities());
    }

    private void next() {
        test(find(Button.class).id("wizard-next")).click();
    }

    private void back() {
        test(find(Button.class).id("wizard-back")).click();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Customer> customer() {
        return find(ComboBox.class).id("customer-name");
    }

    private void fillCustomer() {
        customer().setValue(Fixtures.woodgroveEntities().get(1));
    }

    private void fillDetails() {
        find(TextField.class).id("deal-name").setValue("Woodgrove analytics");
        find(BigDecimalField.class).id("deal-value").setValue(new BigDecimal("50000"));
        find(DatePicker.class).id("deal-close-date").setValue(LocalDate.now().plusDays(30));
    }

    private void fillSelf() {
        find(TextField.class).id("employee-0-phone").setValue("+82 10 1234 5678");
    }

    @SuppressWarnings("unchecked")
    private void chooseSolution() {
        CheckboxGroup<com.cosell.frontend.backend.Solution> own = find(CheckboxGroup.class).id("solutions-own");
        own.setValue(Set.of(Fixtures.solutions().getFirst()));
    }

    private void toLastStep() {
        fillCustomer();
        next();
        next();
        fillDetails();
        next();
        fillSelf();
        next();
        chooseSolution();
        next();
    }

    @Test
    void customerIsRequiredBeforeMovingOn() {
        view = navigate(CreateDealView.class);
        next();

        assertThat(view.currentStep()).isZero();
        assertThat(customer().isInvalid()).isTrue();
        assertThat(customer().getErrorMessage()).isEqualTo("Choose the customer from the suggestions");
    }

    @Test
    void suggestionsTellApartEntitiesAtOneAddressByDuns() {
        view = navigate(CreateDealView.class);
        find(TextField.class).id("customer-city").setValue("Seoul");
        test(customer()).setFilter("Woodgrove");

        assertThat(test(customer()).getSuggestionItems()).extracting(Customer::duns)
                .containsExactly("123456789", "987654321");
        verify(backend).customers(any(), eq("Woodgrove"), eq("Seoul"), any());
        fillCustomer();
        assertThat(find(Span.class).id("customer-summary").getText())
                .isEqualTo("100 Teheran-ro, Seoul, KR · D-U-N-S 987654321");
    }

    @Test
    void dealDetailsAreCheckedInline() {
        view = navigate(CreateDealView.class);
        fillCustomer();
        next();
        next();
        next();

        assertThat(view.currentStep()).isEqualTo(2);
        assertThat(find(TextField.class).id("deal-name").getErrorMessage()).isEqualTo("Required");
        assertThat(find(BigDecimalField.class).id("deal-value").getErrorMessage()).isEqualTo("Required");
        assertThat(find(DatePicker.class).id("deal-close-date").getErrorMessage()).isEqualTo("Required");
        find(BigDecimalField.class).id("deal-value").setValue(new BigDecimal("-5"));
        next();
        assertThat(find(BigDecimalField.class).id("deal-value").getErrorMessage())
                .isEqualTo("Enter an amount above zero");
    }

    @Test
    void aContactNeedsTheCustomersConsent() {
        view = navigate(CreateDealView.class);
        fillCustomer();
        next();
        find(TextField.class).id("contact-first-name").setValue("Jin");
        find(TextField.class).id("contact-last-name").setValue("Seo");
        find(TextField.class).id("contact-phone").setValue("+82 2 555 0100");
        find(EmailField.class).id("contact-email").setValue("jin@woodgrove.example");
        next();

        assertThat(view.currentStep()).isEqualTo(1);
        assertThat(find(Paragraph.class).id("contact-error").getText())
                .isEqualTo("The customer's consent is required to share their contact");
        find(Checkbox.class).id("consent").setValue(true);
        next();
        assertThat(view.currentStep()).isEqualTo(2);
    }

    @Test
    void employeesNeedPhoneAndEmailAndRecentContactsAreOffered() {
        view = navigate(CreateDealView.class);
        fillCustomer();
        next();
        next();
        fillDetails();
        next();
        assertThat(find(TextField.class).id("employee-0-first-name").getValue()).isEqualTo("Bob");
        next();
        assertThat(find(TextField.class).id("employee-0-phone").getErrorMessage())
                .isEqualTo("Enter a phone number, such as +82 2 555 0100");

        fillSelf();
        test(find(Button.class).id("quick-add-0")).click();
        assertThat(find(TextField.class).id("employee-1-first-name").getValue()).isEqualTo("Mina");
        next();
        assertThat(view.currentStep()).isEqualTo(4);
    }

    @Test
    void atLeastOneSolution() {
        view = navigate(CreateDealView.class);
        fillCustomer();
        next();
        next();
        fillDetails();
        next();
        fillSelf();
        next();
        next();

        assertThat(view.currentStep()).isEqualTo(4);
        assertThat(find(Paragraph.class).id("solutions-error").getText()).isEqualTo("Choose at least one solution");
    }

    @Test
    void movingBackAndForthKeepsEverything() {
        view = navigate(CreateDealView.class);
        toLastStep();
        back();
        back();
        back();
        back();
        back();

        assertThat(view.currentStep()).isZero();
        assertThat(customer().getValue().duns()).isEqualTo("987654321");
        next();
        next();
        assertThat(find(TextField.class).id("deal-name").getValue()).isEqualTo("Woodgrove analytics");
        next();
        next();
        next();
        assertThat(view.currentStep()).isEqualTo(5);
        verify(backend, never()).create(any(), any());
    }

    @Test
    void createSendsThePrivateDeal() {
        view = navigate(CreateDealView.class);
        Referral created = Fixtures.accepted(R_NEW, "Woodgrove analytics", "Independent");
        when(backend.create(any(), any())).thenReturn(created);
        when(backend.referral(any(), eq(R_NEW))).thenReturn(created);
        toLastStep();
        next();
        assertThat(find(Button.class).withId("wizard-create").single().isVisible()).isTrue();

        test(find(Button.class).id("wizard-create")).click();

        ArgumentCaptor<Referral> body = ArgumentCaptor.forClass(Referral.class);
        verify(backend).create(any(), body.capture());
        Referral sent = body.getValue();
        assertThat(sent.type()).isEqualTo(ReferralType.Independent);
        assertThat(sent.name()).isEqualTo("Woodgrove analytics");
        assertThat(sent.customerProfile().duns()).isEqualTo("987654321");
        assertThat(sent.customerProfile().team()).isNull();
        assertThat(sent.details().currency()).isEqualTo("USD");
        assertThat(sent.details().requirements().solutions()).extracting(s -> String.valueOf(s.id()))
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
        when(backend.create(any(), any())).thenThrow(new Refusal(400, "The request has 2 invalid fields.",
                List.of(new FieldError("details/dealValue", "The value is too large."),
                        new FieldError("team/0/email", "This address bounces.")), List.of()));
        toLastStep();
        next();

        test(find(Button.class).id("wizard-create")).click();

        assertThat(view.currentStep()).isEqualTo(2);
        BigDecimalField value = find(BigDecimalField.class).id("deal-value");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("The value is too large.");
        next();
        assertThat(find(EmailField.class).id("employee-0-email").getErrorMessage()).isEqualTo("This address bounces.");
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
        assertThat(find(Button.class).withId("wizard-create").exists()).as("not before the review").isFalse();

        next();

        assertThat(view.currentStep()).isEqualTo(6);
        assertThat(find(Span.class).id("review-deal").getText()).isEqualTo("Woodgrove analytics");
        assertThat(find(Span.class).id("review-employees").getText()).contains("Bob");
        assertThat(find(Span.class).id("review-sale-type").getText()).isEqualTo("Private");
        verify(backend, never()).create(any(), any());
    }

    @Test
    void leavingWithEnteredDataAsksFirstAndStaysUnlessTheUserDiscards() {
        when(backend.referrals(any(), any())).thenReturn(new com.cosell.frontend.backend.ReferralPage(0L, List.of(), null));
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
        test(find(com.vaadin.flow.component.button.Button.class).withText("Keep editing").single()).click();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(ConfirmDialog.class).withId("leave-dialog").exists()).as("closed").isFalse();

        UI.getCurrent().navigate(CoSellView.class);
        test(find(ConfirmDialog.class).id("leave-dialog")).confirm();
        assertThat(getCurrentView()).isInstanceOf(CoSellView.class);
    }

    @Test
    void leavingAnUntouchedFormAsksNothing() {
        when(backend.referrals(any(), any())).thenReturn(new com.cosell.frontend.backend.ReferralPage(0L, List.of(), null));
        navigate(CreateDealView.class);

        UI.getCurrent().navigate(CoSellView.class);

        assertThat(getCurrentView()).isInstanceOf(CoSellView.class);
        assertThat(find(ConfirmDialog.class).withId("leave-dialog").exists()).isFalse();
    }
}
