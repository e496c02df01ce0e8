package com.cosell.frontend.ui.create;

import com.cosell.frontend.ui.common.SolutionPicker;
import com.cosell.frontend.ui.common.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Step 5: at least one solution, the company's own, the vendor's or another partner's. */
class SolutionsStep extends VerticalLayout implements WizardStep {

    final SolutionPicker picker;

    SolutionsStep(SolutionPicker picker) {
        this.picker = picker;
        setPadding(false);
        add(new Paragraph(getTranslation("solutions.intro")), picker);
    }

    @Override
    public String titleKey() {
        return "create.step.solutions";
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
        return field.startsWith("details/requirements");
    }

    @Override
    public void showServerError(String field, String message) {
        picker.showError(message);
    }
}
