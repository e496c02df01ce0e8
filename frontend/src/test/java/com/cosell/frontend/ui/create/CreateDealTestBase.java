package com.cosell.frontend.ui.create;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.cosell.api.catalogue.Customer;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/** What the create wizard's tests share: the backend's answers and the steps a user takes. */
abstract class CreateDealTestBase extends ViewTestBase {

    CreateDealView view;

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(backend.recentContacts(any()))
                .thenReturn(List.of(Fixtures.member("Mina", "Kim", "+82 10 2222 3333", "mina@contoso.example.com")));
        when(backend.customers(any(), any(), any(), any())).thenReturn(Fixtures.woodgroveEntities());
    }

    void next() {
        test(find(Button.class).id("wizard-next")).click();
    }

    void back() {
        test(find(Button.class).id("wizard-back")).click();
    }

    @SuppressWarnings("unchecked")
    ComboBox<Customer> customer() {
        return find(ComboBox.class).id("customer-name");
    }

    void fillCustomer() {
        customer().setValue(Fixtures.woodgroveEntities().get(1));
    }

    void fillDetails() {
        find(TextField.class).id("deal-name").setValue("Woodgrove analytics");
        find(BigDecimalField.class).id("deal-value").setValue(new BigDecimal("50000"));
        find(DatePicker.class).id("deal-close-date").setValue(LocalDate.now().plusDays(30));
    }

    void fillSelf() {
        find(TextField.class).id("employee-0-phone").setValue("+82 10 1234 5678");
    }

    @SuppressWarnings("unchecked")
    void chooseSolution() {
        CheckboxGroup<com.cosell.api.catalogue.Solution> own =
                find(CheckboxGroup.class).id("solutions-own");
        own.setValue(Set.of(Fixtures.solutions().getFirst()));
    }

    void toLastStep() {
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
}
