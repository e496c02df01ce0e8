package com.cosell.frontend.ui.create;

import com.cosell.frontend.ui.common.DealDetailsForm;
import com.cosell.frontend.ui.common.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;

/** Step 3: the deal's name, value, close date and references. */
class DetailsStep extends VerticalLayout implements WizardStep {

    private static final Set<String> FIELDS = Set.of(
            "name",
            "details/dealValue",
            "details/currency",
            "details/closingDateTime",
            "externalReferenceId",
            "campaignId",
            "details/notes",
            "details");

    final DealDetailsForm form;

    DetailsStep(DealDetailsForm form) {
        this.form = form;
        setPadding(false);
        add(form);
    }

    @Override
    public String titleKey() {
        return "create.step.details";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        return form.validate();
    }

    @Override
    public boolean holds(String field) {
        return FIELDS.contains(field);
    }

    @Override
    public void showServerError(String field, String message) {
        if (!form.showServerError(field, message)) {
            form.showServerError("name", message);
        }
    }
}
