package com.cosell.frontend.ui.organization;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Webhook;
import com.cosell.frontend.backend.WebhooksApi;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The organization's webhooks, for its admin: the subscriptions with their state, a new one (its secret
 * shown once), and for the chosen one its actions and delivery log.
 */
@Route("organization/webhooks")
@PermitAll
public class WebhooksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final WebhooksApi webhooks;
    private final Grid<Webhook> grid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout details = new VerticalLayout();

    WebhooksView(CurrentUser user, WebhooksApi webhooks) {
        this.user = user;
        this.webhooks = webhooks;
        setId("webhooks-view");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        details.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!AdminPage.open(this, event, user, "webhooks", "webhooks.title")) {
            return;
        }
        Button add = new Button(
                getTranslation("webhooks.add"),
                VaadinIcon.PLUS.create(),
                e -> new WebhookForm(user, webhooks, created -> {
                            SecretDialog.show(created);
                            refresh(created.id());
                        })
                        .open());
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("webhooks");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Webhook::url)
                .setHeader(getTranslation("webhooks.column.url"))
                .setFlexGrow(3);
        grid.addColumn(w -> w.description() == null ? "" : w.description())
                .setHeader(getTranslation("webhooks.column.description"))
                .setFlexGrow(2);
        grid.addColumn(w -> String.valueOf(w.eventTypes().size()))
                .setHeader(getTranslation("webhooks.column.events"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::state)
                .setHeader(getTranslation("webhooks.column.state"))
                .setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        add(new Paragraph(getTranslation("webhooks.intro")), add, error, grid, details);
        refresh(null);
    }

    /** Active, failing (with the next try) or disabled (with why), in words. */
    String state(Webhook w) {
        if (!w.enabled()) {
            return getTranslation("webhooks.state.disabled")
                    + (w.disabledReason() == null ? "" : ": " + w.disabledReason());
        }
        return w.failedAttempts() > 0
                ? getTranslation("webhooks.state.failing", w.failedAttempts())
                : getTranslation("webhooks.state.active");
    }

    void refresh(@Nullable String selectId) {
        List<Webhook> all;
        try {
            all = webhooks.list(user.authentication());
            error.setVisible(false);
        } catch (BackendException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            return;
        }
        grid.setItems(all);
        grid.setVisible(!all.isEmpty()); // an empty table says less than "No webhook yet."
        if (all.isEmpty()) {
            details.removeAll();
            details.add(new Paragraph(getTranslation("webhooks.none")));
            return;
        }
        all.stream()
                .filter(w -> w.id().equals(selectId))
                .findFirst()
                .ifPresentOrElse(grid::select, () -> showDetails(null));
    }

    private void showDetails(@Nullable Webhook selected) {
        details.removeAll();
        if (selected != null) {
            details.add(new WebhookPanel(selected, this, user, webhooks));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title") + " · " + getTranslation("app.name");
    }
}
