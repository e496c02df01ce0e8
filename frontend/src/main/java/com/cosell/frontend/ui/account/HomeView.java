package com.cosell.frontend.ui.account;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The account page: the signed-in account exactly as the backend's {@code /v1.0/me} answers it. */
@Route("account")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser user;

    HomeView(CurrentUser user) {
        this.user = user;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Me me;
        try {
            me = user.me();
        } catch (BackendException e) {
            if (e.status() == 403) {
                event.forwardTo(Routes.NO_ACCESS);
                return;
            }
            Paragraph error = new Paragraph(getTranslation("home.backend-unavailable", e.getMessage()));
            error.setId("backend-error");
            error.addClassName("error-text");
            add(new H2(getTranslation("home.title")), error);
            return;
        }
        if (!me.hasAnyRole()) {
            event.forwardTo(Routes.NO_ACCESS);
            return;
        }
        add(
                new H2(getTranslation("home.welcome", me.name() != null ? me.name() : me.id())),
                new Paragraph(getTranslation("home.intro")),
                field("me-id", "home.field.id", me.id()),
                field("me-email", "home.field.email", me.email() != null ? me.email() : "—"),
                field(
                        "me-organization",
                        "home.field.organization",
                        me.organization().name() + " ("
                                + getTranslation("org.kind." + me.organization().kind()) + ")"),
                field(
                        "me-roles",
                        "home.field.roles",
                        me.roles().stream()
                                .map(r -> getTranslation("role." + r))
                                .collect(Collectors.joining(", "))));
        RouterLink email = new RouterLink(getTranslation("home.email-link"), EmailPreferencesView.class);
        email.setId("me-email-preferences");
        add(email);
    }

    private Div field(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.setId(id);
        Div row = new Div(label, text);
        row.addClassName("field-row");
        return row;
    }
}
