package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.Component;

/** One step of the create flow: it checks itself, and shows the server's complaints about its fields. */
public interface WizardStep {

    String titleKey();

    Component component();

    boolean validate();

    /** Whether this step holds {@code field} (a JSON path of the referral). */
    boolean holds(String field);

    void showServerError(String field, String message);
}
