package com.cosell.frontend.ui.send;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Organization;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.ContactStep;
import com.cosell.frontend.ui.common.CustomerPicker;
import com.cosell.frontend.ui.common.DealDetailsForm;
import com.cosell.frontend.ui.common.FieldErrors;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A seller sends a referral to a partner: the partner, the customer, the deal, notes for the partner. */
@Route(Routes.SEND_REFERRAL)
@PermitAll
public class SendReferralView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser user;
    private final BackendClient backend;
    private final DuplicatesApi duplicates;
    private final Clock clock;
    final ComboBox<Organization> partner = new ComboBox<>();
    final TextArea notes = new TextArea();
    private final Paragraph error = new Paragraph();
    private CustomerPicker customer;
    private ContactStep contact;
    private DealDetailsForm deal;
    private boolean built;

    SendReferralView(CurrentUser user, BackendClient backend, DuplicatesApi duplicates, Clock clock) {
        this.user = user;
        this.backend = backend;
        this.duplicates = duplicates;
        this.clock = clock;
        addClassName("send-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!built) {
            built = Workspace.openForm(
                    event,
                    user,
                    this,
                    "send.title",
                    Roles::isSeller,
                    "send.not-allowed",
                    me -> build(),
                    this::errorText);
        }
    }

    private Paragraph errorText(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("send-error");
        p.addClassName("error-text");
        return p;
    }

    private void build() {
        partner.setId("send-partner");
        partner.setLabel(getTranslation("send.partner"));
        partner.setItems(backend.organizations(user.authentication()));
        partner.setItemLabelGenerator(Organization::name);
        partner.setRequiredIndicatorVisible(true);
        partner.setWidthFull();
        customer = new CustomerPicker(backend, user);
        contact = new ContactStep(true);
        deal = new DealDetailsForm(clock, false, false);
        notes.setId("send-notes");
        notes.setLabel(getTranslation("send.notes"));
        notes.setMaxLength(4000);
        notes.setWidthFull();
        Button send = new Button(getTranslation("send.submit"), e -> submit());
        send.setId("send-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("send-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(
                partner,
                new H3(getTranslation("create.step.customer")),
                customer,
                PossibleDuplicates.following(customer, duplicates, user),
                new H3(getTranslation("create.step.contact")),
                contact,
                new H3(getTranslation("create.step.details")),
                deal,
                notes,
                error,
                send);
    }

    private void submit() {
        error.setVisible(false);
        boolean ok = partner.getValue() != null;
        if (ok) {
            FieldErrors.clear(partner);
        } else {
            FieldErrors.show(partner, getTranslation("validation.partner"));
        }
        ok &= customer.validate();
        ok &= contact.validate();
        ok &= deal.validate();
        if (!ok) {
            return;
        }
        Referral draft = Referrals.draft(
                deal.name(),
                null,
                deal.crmId(),
                null,
                CustomerPicker.profile(customer.value().orElseThrow(), contact.contacts()),
                contact.consentValue(),
                deal.details(null),
                null,
                new Referral.InviteContext(
                        notes.getValue().isBlank() ? null : notes.getValue().strip(), null, null),
                List.of(partner.getValue().id()));
        try {
            Referral sent = backend.create(user.authentication(), draft);
            Notification.show(getTranslation("send.done", partner.getValue().name()));
            if (sent.id() != null) {
                Routes.navigate(Routes.referral(sent.id().toString()));
            }
        } catch (BackendException e) {
            List<String> unplaced = new ArrayList<>();
            for (FieldError fe : e.fieldErrors()) {
                if (fe.field().startsWith("target")) {
                    FieldErrors.show(partner, fe.message());
                } else if (fe.field().startsWith("customerProfile/team")
                        || fe.field().startsWith("consent")) {
                    contact.showServerError(fe.field(), fe.message());
                } else if (fe.field().startsWith("customerProfile")) {
                    customer.showServerError(fe.message());
                } else if (fe.field().equals("inviteContext/notes")) {
                    FieldErrors.show(notes, fe.message());
                } else if (!deal.showServerError(fe.field(), fe.message())) {
                    unplaced.add(fe.message());
                }
            }
            if (e.fieldErrors().isEmpty() || !unplaced.isEmpty()) {
                error.setText(unplaced.isEmpty() ? e.getMessage() : String.join(" ", unplaced));
                error.setVisible(true);
            }
        }
    }
}
