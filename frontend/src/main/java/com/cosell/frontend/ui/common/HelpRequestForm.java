package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What help the partner wants from the vendor's sellers, and notes for them. */
public class HelpRequestForm extends Composite<VerticalLayout> {

    public static final List<String> CODES = List.of(
            "GeneralOrOther",
            "CustomerTechnicalArchitecture",
            "ProofOfConceptOrDemo",
            "QuotesOrLicensing",
            "PostSalesCustomerSuccess",
            "WorkloadSpecificValueProposition");

    final Select<String> code = new Select<>();
    final TextArea notes = new TextArea();

    public HelpRequestForm() {
        code.setId("help-code");
        code.setLabel(getTranslation("help.code"));
        code.setItems(CODES);
        code.setItemLabelGenerator(c -> getTranslation("help.code." + c));
        code.setRequiredIndicatorVisible(true);
        code.setWidthFull();
        notes.setId("help-notes");
        notes.setLabel(getTranslation("help.notes"));
        notes.setMaxLength(4000);
        notes.setWidthFull();
        getContent().setPadding(false);
        getContent().add(code, notes);
    }

    public boolean validate() {
        if (code.getValue() == null) {
            FieldErrors.show(code, getTranslation("validation.help-code"));
            return false;
        }
        FieldErrors.clear(code);
        return true;
    }

    public @Nullable String code() {
        return code.getValue();
    }

    public @Nullable String notes() {
        return DealDetailsForm.blankToNull(notes.getValue());
    }

    public boolean showServerError(String field, String message) {
        if (field.equals("inviteContext/assistanceRequestCode") || field.equals("type")) {
            FieldErrors.show(code, message);
            return true;
        }
        if (field.equals("inviteContext/notes")) {
            FieldErrors.show(notes, message);
            return true;
        }
        return false;
    }
}
