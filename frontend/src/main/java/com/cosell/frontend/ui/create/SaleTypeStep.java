package com.cosell.frontend.ui.create;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.AssistanceRequestCode;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.frontend.ui.common.HelpRequestForm;
import com.cosell.frontend.ui.common.PartnerInvitations;
import com.cosell.frontend.ui.common.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Step 6: a private pipeline deal, or co-sell: by asking the vendor for help (its sellers then have
 * 14 days to decide whether to engage), by inviting other partners (each with its own 14 days), or both.
 */
class SaleTypeStep extends VerticalLayout implements WizardStep {

    final Checkbox needHelp = new Checkbox();
    final HelpRequestForm help = new HelpRequestForm();
    final PartnerInvitations partners;
    private final Paragraph explanation = new Paragraph();
    private final Div offers = new Div();

    SaleTypeStep(PartnerInvitations partners) {
        this.partners = partners;
        setPadding(false);
        needHelp.setId("need-help");
        needHelp.setLabel(getTranslation("sale-type.need-help"));
        needHelp.addValueChangeListener(e -> update());
        explanation.setId("sale-type-explanation");
        offers.setId("invite-offers");
        Paragraph partnersIntro = new Paragraph(getTranslation("invite.explanation"));
        partnersIntro.setId("invite-explanation");
        add(needHelp, explanation, help, new H4(getTranslation("invite.title")), partnersIntro, offers, partners);
        update();
    }

    /** Another partner's solution on the deal: offers to invite that partner (once). */
    void offerFor(List<Solution> chosen) {
        partners.offerFor(chosen, offers);
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
        boolean invitesOk = partners.validate();
        return (!needHelp.getValue() || help.validate()) && invitesOk;
    }

    boolean shared() {
        return needHelp.getValue();
    }

    ReferralType type() {
        return shared() ? ReferralType.Shared : ReferralType.Independent;
    }

    Referral.@Nullable InviteContext invite() {
        String code = help.code();
        return shared()
                ? new Referral.InviteContext(
                        help.notes(), code == null ? null : AssistanceRequestCode.valueOf(code), null)
                : null;
    }

    @Override
    public boolean holds(String field) {
        return field.startsWith("inviteContext") || field.equals("type") || field.startsWith("target");
    }

    @Override
    public void showServerError(String field, String message) {
        if (!partners.showServerError(field, message)) {
            help.showServerError(field, message);
        }
    }

    /** The partners to invite; null when none. */
    @Nullable
    List<Referral.Target> targets() {
        return partners.isEmpty() ? null : partners.targets();
    }
}
