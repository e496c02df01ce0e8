package com.cosell.frontend.ui.create;

import com.cosell.frontend.ui.common.CustomerPicker;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import com.cosell.frontend.ui.common.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Step 1: which customer the deal is for. */
class CustomerStep extends VerticalLayout implements WizardStep {

    final CustomerPicker picker;

    /** {@code duplicates}: the organization's open deals on the customer picked, shown under it. */
    CustomerStep(CustomerPicker picker, PossibleDuplicates duplicates) {
        this.picker = picker;
        setPadding(false);
        add(new Paragraph(getTranslation("create.customer.intro")), picker, duplicates);
    }

    @Override
    public String titleKey() {
        return "create.step.customer";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        return picker.validate();
    }

    @Override
    public boolean holds(String field) {
        return field.startsWith("customerProfile") && !field.startsWith("customerProfile/team");
    }

    @Override
    public void showServerError(String field, String message) {
        picker.showServerError(message);
    }
}
