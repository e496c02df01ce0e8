package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Step 2: the customer's primary contact. Optional, needed only to ask the vendor for help; when
 * given, the customer's consent to share it is required.
 */
public class ContactStep extends VerticalLayout implements WizardStep {

    final MemberForm contact = new MemberForm("contact");
    final Checkbox consent = new Checkbox();
    private final Paragraph error = new Paragraph();

    /** The partner's wizard: the contact is what asking the vendor for help needs. */
    public ContactStep() {
        this(false);
    }

    /** @param seller filled in by a vendor seller, for whom the contact goes to the partner */
    public ContactStep(boolean seller) {
        String audience = seller ? ".seller" : "";
        setPadding(false);
        consent.setId("consent");
        consent.setLabel(getTranslation("contact.consent" + audience));
        error.setId("contact-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(new Paragraph(getTranslation("contact.intro" + audience)), contact, consent, error);
    }

    @Override
    public String titleKey() {
        return "create.step.contact";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        error.setVisible(false);
        if (contact.isEmpty()) {
            return true;
        }
        boolean ok = contact.validate();
        if (!consent.getValue()) {
            showError(getTranslation("validation.consent"));
            ok = false;
        }
        return ok;
    }

    /** Asking the vendor for help needs a contact the customer agreed to share. */
    public boolean validateForSharing() {
        if (contact.isEmpty()) {
            showError(getTranslation("validation.contact-for-help"));
            return false;
        }
        return validate();
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public List<Referral.Member> contacts() {
        return contact.isEmpty() ? List.of() : List.of(contact.value());
    }

    public Referral.Consent consentValue() {
        return new Referral.Consent(consent.getValue(), false, null, null);
    }

    @Override
    public boolean holds(String field) {
        return field.startsWith("customerProfile/team") || field.startsWith("consent");
    }

    @Override
    public void showServerError(String field, String message) {
        String[] parts = field.split("/");
        if (parts.length == 4) {
            contact.showServerError(parts[3], message);
        } else {
            showError(message);
        }
    }
}
