package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.cosell.api.catalogue.Customer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreateDealViewTest extends CreateDealTestBase {

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

        assertThat(test(customer()).getSuggestionItems())
                .extracting(Customer::duns)
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
        assertThat(find(BigDecimalField.class).id("deal-value").getErrorMessage())
                .isEqualTo("Required");
        assertThat(find(DatePicker.class).id("deal-close-date").getErrorMessage())
                .isEqualTo("Required");
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
}
