package com.cosell.frontend.ui.organization;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Webhook;
import com.cosell.frontend.backend.WebhooksApi;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** A new webhook: where to, which events, what for. The server checks the address; its answer is shown at the field. */
class WebhookForm extends Dialog {

    private final TextField url = new TextField();
    private final CheckboxGroup<String> events = new CheckboxGroup<>();
    private final TextField description = new TextField();
    private final Paragraph error = new Paragraph();

    WebhookForm(CurrentUser user, WebhooksApi webhooks, Consumer<Webhook> created) {
        setId("webhook-form");
        setHeaderTitle(getTranslation("webhooks.add"));
        url.setLabel(getTranslation("webhooks.field.url"));
        url.setId("webhook-url");
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://crm.example.com/co-sell/events");
        url.setHelperText(getTranslation("webhooks.field.url.help"));
        url.setWidthFull();
        events.setLabel(getTranslation("webhooks.field.events"));
        events.setId("webhook-events");
        events.setItems(Webhook.EVENT_TYPES);
        events.setItemLabelGenerator(type -> getTranslation("webhooks.event." + type));
        events.setValue(java.util.Set.copyOf(Webhook.EVENT_TYPES.subList(0, 4)));
        events.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("webhooks.field.description"));
        description.setId("webhook-description");
        description.setMaxLength(200);
        description.setWidthFull();
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(url, events, description, error);

        Button save = new Button(getTranslation("webhooks.save"), e -> save(user, webhooks, created));
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private void save(CurrentUser user, WebhooksApi webhooks, Consumer<Webhook> created) {
        url.setInvalid(false);
        events.setInvalid(false);
        error.setVisible(false);
        if (url.getValue().isBlank()) {
            url.setErrorMessage(getTranslation("webhooks.field.url.required"));
            url.setInvalid(true);
            return;
        }
        if (events.getValue().isEmpty()) {
            events.setErrorMessage(getTranslation("webhooks.field.events.required"));
            events.setInvalid(true);
            return;
        }
        List<String> chosen =
                Webhook.EVENT_TYPES.stream().filter(events.getValue()::contains).toList();
        try {
            Webhook webhook =
                    webhooks.create(user.authentication(), url.getValue().strip(), chosen, description.getValue());
            close();
            created.accept(webhook);
        } catch (BackendException e) {
            if (!show(e.fieldErrors())) {
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        }
    }

    /** Puts the server's field errors at their fields; false when none of them is one of ours. */
    private boolean show(List<FieldError> errors) {
        boolean shown = false;
        for (FieldError f : errors) {
            if (f.field().startsWith("url")) {
                url.setErrorMessage(f.message());
                url.setInvalid(true);
                shown = true;
            } else if (f.field().startsWith("eventTypes")) {
                events.setErrorMessage(f.message());
                events.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }
}
