package com.cosell.frontend.ui.detail;

import com.cosell.api.registration.DealRegistration;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.ui.common.FieldErrors;
import com.cosell.frontend.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Register a won deal for the vendor's review: contract value, currency, sign date and term. */
class RegisterDealDialog extends Dialog {

    private final BigDecimalField value = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final DatePicker signed = new DatePicker();
    private final IntegerField term = new IntegerField();
    private final Paragraph error = new Paragraph();

    /** {@code submit} sends the registration; a BackendException it throws is shown here. */
    RegisterDealDialog(
            String dealCurrency,
            Clock clock,
            Function<DealRegistration.Submission, DealRegistration> submit,
            Runnable done) {
        setId("register-dialog");
        setHeaderTitle(getTranslation("register.title"));
        value.setId("register-value");
        value.setLabel(getTranslation("register.value"));
        currency.setId("register-currency");
        currency.setLabel(getTranslation("deal.currency"));
        currency.setItems(List.of("USD", "EUR", "KRW", "JPY", "GBP"));
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(
                e -> currency.setValue(e.getDetail().strip().toUpperCase()));
        currency.setValue(dealCurrency);
        signed.setId("register-signed");
        signed.setLabel(getTranslation("register.signed"));
        signed.setMax(LocalDate.now(clock));
        term.setId("register-term");
        term.setLabel(getTranslation("register.term"));
        term.setMin(1);
        term.setMax(120);
        error.setId("register-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(new Paragraph(getTranslation("register.intro")), new FormLayout(value, currency, signed, term), error);
        Button save = new Button(getTranslation("action.register"), e -> {
            if (validate()) {
                try {
                    submit.apply(DealRegistration.Submission.of(
                            value.getValue(),
                            currency.getValue(),
                            Formats.fromDate(signed.getValue()),
                            term.getValue()));
                    close();
                    done.run();
                } catch (BackendException ex) {
                    error.setText(
                            ex.fieldErrors().isEmpty()
                                    ? ex.getMessage()
                                    : ex.fieldErrors().getFirst().field() + ": "
                                            + ex.fieldErrors().getFirst().message());
                    error.setVisible(true);
                }
            }
        });
        save.setId("register-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private boolean validate() {
        boolean ok = true;
        String required = getTranslation("validation.required");
        if (value.getValue() == null || value.getValue().signum() <= 0) {
            FieldErrors.show(value, getTranslation("validation.positive"));
            ok = false;
        } else {
            FieldErrors.clear(value);
        }
        ok &= FieldErrors.required(currency, currency.getValue(), required);
        ok &= FieldErrors.required(signed, signed.getValue() == null ? null : "x", required);
        if (term.getValue() == null || term.getValue() < 1 || term.getValue() > 120) {
            FieldErrors.show(term, getTranslation("register.term.range"));
            ok = false;
        } else {
            FieldErrors.clear(term);
        }
        return ok;
    }
}
