package com.cosell.frontend.ui.registrations;

import com.cosell.api.registration.DealRegistration;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.BulkApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.bulk.CsvExport;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** Sellers review partners' deal registrations: approve, send back with what to do, or reject. */
@Route("registrations")
@PermitAll
public class RegistrationsView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser user;
    private final BackendClient backend;

    private final BulkApi bulk;

    RegistrationsView(CurrentUser user, BackendClient backend, BulkApi bulk) {
        this.user = user;
        this.backend = backend;
        this.bulk = bulk;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Me> me;
        try {
            me = Workspace.enter(event, user);
        } catch (BackendException e) {
            me = Optional.empty();
        }
        if (me.isEmpty()) {
            return;
        }
        removeAll();
        add(new H2(getTranslation("registrations.title")));
        if (!Roles.isSeller(me.get())) {
            add(new Paragraph(getTranslation("registrations.sellers-only")));
            return;
        }
        add(CsvExport.registrations(this, bulk, user.authentication()));
        show();
    }

    private void show() {
        List<DealRegistration> pending;
        try {
            pending = backend.registrations(user.authentication(), "ReviewPending");
        } catch (BackendException e) {
            Paragraph error = new Paragraph(e.getMessage());
            error.addClassName("error-text");
            add(error);
            return;
        }
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("registrations.none")));
        }
        pending.forEach(r -> add(card(r)));
    }

    private Div card(DealRegistration r) {
        Span title = new Span(r.dealName() + (r.customerName() == null ? "" : " · " + r.customerName()));
        title.addClassName("registration-title");
        Span facts = new Span(getTranslation(
                "registrations.facts",
                Formats.money(r.contractValue(), r.currency(), getLocale()),
                Formats.date(r.signedDateTime(), getLocale()),
                r.termMonths() == null
                        ? getTranslation("registrations.term.perpetual")
                        : getTranslation("registrations.term.months", r.termMonths()),
                r.solutions()));
        TextField comment = new TextField(getTranslation("registrations.comment"));
        comment.setId("review-comment-" + r.id());
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("error-text");
        error.setVisible(false);
        Div card = new Div();
        HorizontalLayout buttons = new HorizontalLayout(
                verdict(r, "Approved", ButtonVariant.LUMO_PRIMARY, comment, error, card),
                verdict(r, "ActionRequired", ButtonVariant.LUMO_CONTRAST, comment, error, card),
                verdict(r, "Rejected", ButtonVariant.LUMO_ERROR, comment, error, card));
        card.add(title, new Div(facts), comment, error, buttons);
        card.setId("registration-" + r.id());
        card.addClassName("registration-card");
        return card;
    }

    private Button verdict(
            DealRegistration r, String status, ButtonVariant variant, TextField comment, Paragraph error, Div card) {
        Button button = new Button(getTranslation("registrations.verdict." + status), e -> {
            if (!status.equals("Approved") && comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("registrations.comment-required"));
                return;
            }
            try {
                backend.review(user.authentication(), r.id(), status, comment.getValue());
                card.removeFromParent();
            } catch (BackendException ex) {
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        button.setId("review-" + status.toLowerCase() + "-" + r.id());
        button.addThemeVariants(variant);
        return button;
    }
}
