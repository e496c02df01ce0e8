package com.cosell.frontend.ui.organization;

import com.cosell.api.webhook.Delivery;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Webhook;
import com.cosell.frontend.backend.WebhooksApi;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One webhook: what it is, its actions (enable, test, replay, rotate, delete) and its delivery log. */
class WebhookPanel extends VerticalLayout {

    private final Webhook webhook;
    private final WebhooksView view;
    private final CurrentUser user;
    private final WebhooksApi webhooks;
    private final Paragraph error = new Paragraph();
    private final Grid<Delivery> log = new Grid<>();

    WebhookPanel(Webhook webhook, WebhooksView view, CurrentUser user, WebhooksApi webhooks) {
        this.webhook = webhook;
        this.view = view;
        this.user = user;
        this.webhooks = webhooks;
        setId("webhook-panel");
        setPadding(false);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        H3 title = new H3(webhook.url());
        title.addClassName("webhook-title");
        Paragraph facts = new Paragraph(getTranslation(
                "webhooks.facts",
                view.state(webhook),
                String.join(", ", webhook.eventTypes()),
                webhook.deliveredThroughSeq(),
                webhook.failedAttempts() > 0 ? when(webhook.nextAttemptDateTime()) : "—"));
        facts.setId("webhook-facts");
        add(title, facts, actions(), replay(), error, deliveries());
    }

    private HorizontalLayout actions() {
        Button toggle = button(webhook.enabled() ? "webhooks.disable" : "webhooks.enable", "webhook-toggle", () -> {
            webhooks.setEnabled(user.authentication(), webhook.id(), !webhook.enabled());
            view.refresh(webhook.id());
        });
        Button test = button("webhooks.test", "webhook-test", () -> {
            webhooks.sendTest(user.authentication(), webhook.id());
            Notification.show(getTranslation("webhooks.test.sent"), 3000, Notification.Position.BOTTOM_START);
        });
        Button rotate = button(
                "webhooks.rotate",
                "webhook-rotate",
                () -> confirm("webhooks.rotate.confirm", "webhooks.rotate", () -> {
                    SecretDialog.show(webhooks.rotateSecret(user.authentication(), webhook.id()));
                    view.refresh(webhook.id());
                }));
        Button delete = button(
                "webhooks.delete",
                "webhook-delete",
                () -> confirm("webhooks.delete.confirm", "webhooks.delete", () -> {
                    webhooks.delete(user.authentication(), webhook.id());
                    view.refresh(null);
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(toggle, test, rotate, delete);
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout replay() {
        IntegerField from = new IntegerField(getTranslation("webhooks.replay.from"));
        from.setId("webhook-replay-from");
        from.setMin(1);
        from.setHelperText(getTranslation("webhooks.replay.help"));
        Button go = button("webhooks.replay", "webhook-replay", () -> {
            if (from.getValue() == null || from.getValue() < 1) {
                from.setErrorMessage(getTranslation("webhooks.replay.required"));
                from.setInvalid(true);
                return;
            }
            from.setInvalid(false);
            webhooks.replay(user.authentication(), webhook.id(), from.getValue());
            Notification.show(
                    getTranslation("webhooks.replay.started", from.getValue()),
                    3000,
                    Notification.Position.BOTTOM_START);
            view.refresh(webhook.id());
        });
        HorizontalLayout row = new HorizontalLayout(from, go);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private VerticalLayout deliveries() {
        log.setId("webhook-deliveries");
        log.setAllRowsVisible(true);
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(d -> when(d.attemptedDateTime()))
                .setHeader(getTranslation("webhooks.log.time"))
                .setAutoWidth(true);
        log.addColumn(d -> (d.seq() == null ? "" : "#" + d.seq() + " ") + d.eventType())
                .setHeader(getTranslation("webhooks.log.event"))
                .setAutoWidth(true);
        log.addColumn(d -> getTranslation("webhooks.log.attempt", d.attempt()))
                .setHeader(getTranslation("webhooks.log.try"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(d -> d.outcome() + (d.statusCode() == null ? "" : " · " + d.statusCode()) + " · "
                        + d.latencyMillis() + " ms")
                .setHeader(getTranslation("webhooks.log.outcome"))
                .setAutoWidth(true);
        log.addColumn(d -> d.error() != null ? d.error() : d.responseExcerpt() == null ? "" : d.responseExcerpt())
                .setHeader(getTranslation("webhooks.log.response"))
                .setFlexGrow(2);
        log.addColumn(d -> when(d.nextRetryDateTime()))
                .setHeader(getTranslation("webhooks.log.next"))
                .setAutoWidth(true);
        Button reload = button("webhooks.log.refresh", "webhook-log-refresh", this::loadLog);
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loadLog();
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("webhooks.log.title")), reload, log);
        section.setPadding(false);
        return section;
    }

    private void loadLog() {
        log.setItems(webhooks.deliveries(user.authentication(), webhook.id(), 50));
    }

    private String when(@Nullable Instant at) {
        return at == null ? "—" : Formats.dateTime(at, getLocale(), BrowserZone.current());
    }

    private void confirm(String text, String action, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation(action), getTranslation(text), getTranslation(action), e -> guarded(then));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), e -> guarded(action));
        button.setId(id);
        return button;
    }

    /** The server's refusal is said under the actions; nothing else changes. */
    private void guarded(Runnable action) {
        try {
            action.run();
            error.setVisible(false);
        } catch (BackendException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
