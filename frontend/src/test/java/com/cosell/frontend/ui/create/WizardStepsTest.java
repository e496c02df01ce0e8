package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.common.EmployeesStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The create wizard's steps as a person trips over them: people, countries, long names. */
class WizardStepsTest extends ViewTestBase {

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(backend.recentContacts(any()))
                .thenReturn(List.of(
                        Fixtures.member("Bob", "Lee", "+82 10 1234 5678", "bob@contoso.example.com"),
                        Fixtures.member("Mina", "Kim", "+82 10 2222 3333", "mina@contoso.example.com")));
        when(backend.customers(any(), any(), any(), any())).thenReturn(Fixtures.woodgroveEntities());
    }

    @Test
    void thePeopleStepKnowsTheUsersPhoneAddsARecentContactOnceAndForgetsAFixedError() {
        EmployeesStep step = new EmployeesStep(
                backend.recentContacts(null), Fixtures.member("Bob", "Lee", null, "bob@contoso.example.com"), true);
        com.vaadin.flow.component.UI.getCurrent().add(step);
        assertThat(step.members()).extracting(Referral.Member::phoneNumber).containsExactly("+82 10 1234 5678");
        assertThat(find(TextField.class).from(step).id("employee-0-phone").isRequiredIndicatorVisible())
                .isTrue();

        test(find(Button.class).from(step).id("quick-add-1")).click();
        test(find(Button.class).from(step).id("quick-add-1")).click();
        assertThat(step.members())
                .extracting(Referral.Member::email)
                .containsExactly("bob@contoso.example.com", "mina@contoso.example.com");

        EmployeesStep empty = new EmployeesStep(List.of(), null, true);
        com.vaadin.flow.component.UI.getCurrent().add(empty);
        assertThat(empty.validate()).isFalse();
        Paragraph error = find(Paragraph.class).from(empty).id("employees-error");
        assertThat(error.isVisible()).isTrue();
        find(TextField.class).from(empty).id("employee-0-first-name").setValue("Ann");
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void countriesAreInOrderOfTheirNamesAndTypingOneThenEnterPicksIt() {
        navigate(CreateDealView.class);
        ComboBox<String> country = find(ComboBox.class).id("customer-country");
        List<String> codes = test(country).getSuggestionItems();
        assertThat(codes.indexOf("DK")).isLessThan(codes.indexOf("DE")); // Denmark before Germany, though DE < DK
        assertThat(codes.indexOf("AT")).isLessThan(codes.indexOf("BE")); // Austria before Belgium (codes agree)
        assertThat(codes.indexOf("KR")).isGreaterThan(codes.indexOf("DE")); // South Korea after Germany

        com.vaadin.flow.component.ComponentUtil.fireEvent(
                country, new ComboBox.CustomValueSetEvent<>(country, true, "Germ"));
        assertThat(country.getValue()).isEqualTo("DE");
    }

    @Test
    void aDealNameOverTheLimitIsSaidNotCut() {
        com.cosell.frontend.ui.common.DealDetailsForm form =
                new com.cosell.frontend.ui.common.DealDetailsForm(java.time.Clock.systemUTC(), true, true);
        com.vaadin.flow.component.UI.getCurrent().add(form);
        TextField name = find(TextField.class).from(form).id("deal-name");
        name.setValue("x".repeat(300));
        assertThat(form.validate()).isFalse();
        assertThat(name.getValue()).hasSize(300);
        assertThat(name.getErrorMessage()).isEqualTo("At most 200 characters; this has 300");
    }
}
