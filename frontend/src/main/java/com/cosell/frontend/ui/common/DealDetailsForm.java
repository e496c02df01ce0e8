package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.PatchOperation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deal's details: name, estimated value and currency, estimated close date (required), CRM ID,
 * marketing campaign ID and notes (optional). Used to create, accept and edit.
 */
public class DealDetailsForm extends Composite<FormLayout> {

    static final int NAME_MAX = 200;

    static final List<String> CURRENCIES =
            List.of("USD", "KRW", "EUR", "GBP", "JPY", "CNY", "AUD", "CAD", "INR", "SGD");

    final TextField name = new TextField();
    final BigDecimalField value = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();
    final DatePicker closeDate = new DatePicker();
    final TextField crmId = new TextField();
    final TextField campaignId = new TextField();
    final TextArea notes = new TextArea();
    private final Clock clock;
    private final boolean valueRequired;

    public DealDetailsForm(Clock clock, boolean valueRequired, boolean withCampaign) {
        this.clock = clock;
        this.valueRequired = valueRequired;
        name.setId("deal-name");
        name.setLabel(getTranslation("deal.name"));
        name.setRequiredIndicatorVisible(true);
        // No maxlength: the browser would cut a pasted 300-character name to 200 without a word
        name.setHelperText(getTranslation("deal.name.help", NAME_MAX));
        value.setId("deal-value");
        value.setLabel(getTranslation("deal.value"));
        value.setRequiredIndicatorVisible(valueRequired);
        currency.setId("deal-currency");
        currency.setLabel(getTranslation("deal.currency"));
        currency.setItems(CURRENCIES);
        currency.setValue("USD");
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(
                e -> currency.setValue(e.getDetail().strip().toUpperCase()));
        currency.setRequiredIndicatorVisible(valueRequired);
        closeDate.setId("deal-close-date");
        closeDate.setLabel(getTranslation("deal.close-date"));
        closeDate.setRequiredIndicatorVisible(valueRequired);
        closeDate.setMin(LocalDate.now(clock));
        crmId.setId("deal-crm-id");
        crmId.setLabel(getTranslation("deal.crm-id"));
        crmId.setMaxLength(100);
        campaignId.setId("deal-campaign-id");
        campaignId.setLabel(getTranslation("deal.campaign-id"));
        campaignId.setMaxLength(100);
        notes.setId("deal-notes");
        notes.setLabel(getTranslation("deal.notes"));
        notes.setMaxLength(4000);
        FormLayout form = getContent();
        form.add(name, 2);
        form.add(value, currency, closeDate, crmId);
        if (withCampaign) {
            form.add(campaignId);
        }
        form.add(notes, 2);
    }

    public void setValue(Referral r) {
        name.setValue(r.name() == null ? "" : r.name());
        Referral.Details d = r.details();
        value.setValue(d == null ? null : d.dealValue());
        currency.setValue(d == null || d.currency() == null ? "USD" : d.currency());
        closeDate.setValue(d == null ? null : Formats.toDate(d.closingDateTime()));
        crmId.setValue(r.externalReferenceId() == null ? "" : r.externalReferenceId());
        campaignId.setValue(r.campaignId() == null ? "" : r.campaignId());
        notes.setValue(d == null || d.notes() == null ? "" : d.notes());
    }

    public boolean validate() {
        boolean ok = FieldErrors.required(name, name.getValue(), getTranslation("validation.required"));
        if (ok && name.getValue().strip().length() > NAME_MAX) {
            FieldErrors.show(
                    name,
                    getTranslation(
                            "validation.too-long",
                            NAME_MAX,
                            name.getValue().strip().length()));
            ok = false;
        }
        BigDecimal v = value.getValue();
        if (valueRequired && v == null) {
            FieldErrors.show(value, getTranslation("validation.required"));
            ok = false;
        } else if (v != null && v.signum() <= 0) {
            FieldErrors.show(value, getTranslation("validation.positive"));
            ok = false;
        } else {
            FieldErrors.clear(value);
        }
        String c = currency.getValue();
        if ((valueRequired || v != null) && (c == null || !c.matches("[A-Z]{3}"))) {
            FieldErrors.show(currency, getTranslation("validation.currency"));
            ok = false;
        } else {
            FieldErrors.clear(currency);
        }
        LocalDate d = closeDate.getValue();
        if (valueRequired && d == null) {
            FieldErrors.show(closeDate, getTranslation("validation.required"));
            ok = false;
        } else if (d != null && d.isBefore(LocalDate.now(clock))) {
            FieldErrors.show(closeDate, getTranslation("validation.not-past"));
            ok = false;
        } else {
            FieldErrors.clear(closeDate);
        }
        return ok;
    }

    public String name() {
        return name.getValue().strip();
    }

    public @Nullable String crmId() {
        return blankToNull(crmId.getValue());
    }

    public @Nullable String campaignId() {
        return blankToNull(campaignId.getValue());
    }

    public Referral.Details details(Referral.@Nullable Requirements requirements) {
        return new Referral.Details(
                blankToNull(notes.getValue()),
                value.getValue(),
                currency.getValue(),
                Formats.fromDate(closeDate.getValue()),
                requirements,
                null,
                null);
    }

    /** The edit as JSON Patch operations (paths of the referral). */
    public List<PatchOperation> operations(boolean withCampaign) {
        List<PatchOperation> ops = new ArrayList<>();
        ops.add(PatchOperation.set("/name", name()));
        ops.add(PatchOperation.set("/details/dealValue", value.getValue()));
        ops.add(PatchOperation.set("/details/currency", currency.getValue()));
        ops.add(PatchOperation.set("/details/closingDateTime", Formats.fromDate(closeDate.getValue())));
        ops.add(PatchOperation.set("/details/notes", blankToNull(notes.getValue())));
        ops.add(PatchOperation.set("/externalReferenceId", crmId()));
        if (withCampaign) {
            ops.add(PatchOperation.set("/campaignId", campaignId()));
        }
        return ops;
    }

    /** Shows a server error when it names one of these fields. */
    public boolean showServerError(String field, String message) {
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "details/dealValue",
                value,
                "details/currency",
                currency,
                "details/closingDateTime",
                closeDate,
                "externalReferenceId",
                crmId,
                "campaignId",
                campaignId,
                "details/notes",
                notes);
        Optional<HasValidation> target = Optional.ofNullable(fields.get(field));
        target.ifPresent(f -> FieldErrors.show(f, message));
        return target.isPresent();
    }

    static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
