package com.cosell.frontend.ui.organization;

import com.cosell.frontend.backend.Webhook;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The signing secret, shown the one time the server gives it (on creation and rotation). */
final class SecretDialog {

    private SecretDialog() {}

    static void show(Webhook webhook) {
        if (webhook.secret() == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("webhook-secret-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("webhooks.secret.title"));
        TextField secret = new TextField(dialog.getTranslation("webhooks.secret.label"));
        secret.setId("webhook-secret");
        secret.setValue(webhook.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        dialog.add(new Paragraph(dialog.getTranslation("webhooks.secret.once")), secret);
        Button done = new Button(dialog.getTranslation("webhooks.secret.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }
}
