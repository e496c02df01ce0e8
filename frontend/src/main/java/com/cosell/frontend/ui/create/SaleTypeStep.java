package com.cosell.frontend.ui.create;

import com.cosell.frontend.backend.Referral;
import com.cosell.frontend.ui.common.HelpRequestForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * Step 6: a private pipeline deal, or co-sell by asking the vendor for help (its sellers then have
 * 14 days to decide whether to engage).
 */
class SaleTypeStep extends VerticalLayout implements WizardStep {

    final Checkbox needHelp = new Checkbox();
    final HelpRequestForm help = new HelpRequestForm();
    private final Paragraph explanation = new Paragraph();

    SaleTypeStep() {
        setPadding(false);
        needHelp.setId("need-help");
        needHelp.setLabel(getTranslation("sale-type.need-help"));
        needHelp.addValueChangeListener(e -> update());
        explanation.setId("sale-type-explanation");
        add(needHelp, explanation, help);
        update();
    }

    private void update() {
        help.setVisible(needHelp.getValue());
        explanation.setText(getTranslation(needHelp.getValue() ? "sale-type.shared" : "sale-type.private"));
    }

    @Override
    public String titleKey() {
        return "create.step.sale-type";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        return !needHelp.getValue() || help.validate();
    }

    boolean shared() {
        return needHelp.getValue();
    }

    String type() {
        return shared() ? Referral.SHARED : Referral.INDEPENDENT;
    }

    Referral.@Nullable InviteContext invite() {
        return shared() ? new Referral.InviteContext(help.notes(), help.code(), null) : null;
    }

    @Override
    public boolean holds(String field) {
        return field.startsWith("inviteContext") || field.equals("type");
    }

    @Override
    public void showServerError(String field, String message) {
        help.showServerError(field, message);
    }
}
