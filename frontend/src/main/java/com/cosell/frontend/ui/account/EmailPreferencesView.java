package com.cosell.frontend.ui.account;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.EmailPreferences;
import com.cosell.frontend.backend.EmailPreferencesApi;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which notifications come by email, and how: each as it happens, a daily summary, or none; and in
 * which language. The address is the identity provider's, shown but not changed here.
 */
@Route("account/email")
@PermitAll
public class EmailPreferencesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final EmailPreferencesApi api;
    private final RadioButtonGroup<String> delivery = new RadioButtonGroup<>();
    private final Select<String> language = new Select<>();
    private final CheckboxGroup<String> kinds = new CheckboxGroup<>();

    EmailPreferencesView(CurrentUser user, EmailPreferencesApi api) {
        this.user = user;
        this.api = api;
        setId("email-preferences-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.title") + " · Co-sell";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("email.title")));
        try {
            if (Workspace.enter(event, user).isEmpty()) {
                return;
            }
            show(api.get(user.authentication()));
        } catch (BackendException e) {
            add(error(e.getMessage()));
        }
    }

    private void show(EmailPreferences p) {
        Paragraph address = new Paragraph(
                p.email() == null ? getTranslation("email.no-address") : getTranslation("email.address", p.email()));
        address.setId("email-address");

        delivery.setId("email-delivery");
        delivery.setLabel(getTranslation("email.delivery"));
        delivery.setItems("INSTANT", "DIGEST", "NONE");
        delivery.setItemLabelGenerator(d -> getTranslation("email.delivery." + d));
        delivery.setValue(p.delivery());
        delivery.addValueChangeListener(e -> kinds.setEnabled(!"NONE".equals(e.getValue())));

        language.setId("email-language");
        language.setLabel(getTranslation("email.language"));
        language.setItems("en", "ko");
        language.setItemLabelGenerator(l -> "ko".equals(l) ? "한국어" : "English");
        language.setValue(p.language());

        kinds.setId("email-kinds");
        kinds.setLabel(getTranslation("email.kinds"));
        kinds.setItems(p.availableKinds());
        kinds.setItemLabelGenerator(k -> getTranslation("email.kind." + k));
        kinds.setValue(new LinkedHashSet<>(p.kinds()));
        kinds.setEnabled(!"NONE".equals(p.delivery()));
        kinds.setHelperText(getTranslation("email.kinds.help"));

        Button save = new Button(getTranslation("email.save"), e -> save(p));
        save.setId("email-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(address, delivery, new Paragraph(getTranslation("email.digest.help")), language, kinds, save);
    }

    private void save(EmailPreferences before) {
        // Keep the backend's order of kinds, whatever order they were ticked in.
        List<String> chosen = new ArrayList<>(before.availableKinds());
        chosen.retainAll(kinds.getValue());
        try {
            api.save(user.authentication(), language.getValue(), delivery.getValue(), chosen);
            Notification.show(getTranslation("email.saved")).setId("email-saved");
        } catch (BackendException e) {
            Notification.show(e.getMessage()).setId("email-save-error");
        }
    }

    private static Paragraph error(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("email-error");
        p.addClassName("error-text");
        return p;
    }
}
