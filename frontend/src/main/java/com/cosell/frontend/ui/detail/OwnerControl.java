package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.OwnersApi;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who owns the referral, and — for the organization's admins and its owner — a choice of the
 * organization's people to assign it to (the owner hands it over). A refusal shows at the field.
 */
class OwnerControl extends Div {

    OwnerControl(Referral r, @Nullable Me me, OwnersApi owners, CurrentUser user, Runnable changed) {
        setId("owner-section");
        addClassName("detail-section");
        add(new H3(getTranslation("owner.title")));
        Span current = new Span(
                r.owner() == null
                        ? getTranslation("owner.unassigned")
                        : r.owner().name());
        current.setId("owner-name");
        add(current);
        if (me == null || r.id() == null || !mayAssign(r, me)) {
            return;
        }
        ComboBox<Owner> people = new ComboBox<>(getTranslation("owner.assign"));
        people.setId("owner-choice");
        people.setItemLabelGenerator(Owner::name);
        people.setPlaceholder(getTranslation("owner.choose"));
        List<Owner> choices = new ArrayList<>();
        try {
            choices.addAll(owners.people(user.authentication()));
        } catch (BackendException e) {
            people.setErrorMessage(e.getMessage());
            people.setInvalid(true);
        }
        people.setItems(choices);
        String referralId = r.id().toString();
        Button assign = new Button(getTranslation("owner.assign.button"), e -> {
            Owner chosen = people.getValue();
            if (chosen == null) {
                people.setErrorMessage(getTranslation("owner.choose.required"));
                people.setInvalid(true);
                return;
            }
            send(owners, user, referralId, chosen.id(), people, changed);
        });
        assign.setId("owner-assign");
        HorizontalLayout row = new HorizontalLayout(people, assign);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (r.owner() != null) {
            Button unassign = new Button(
                    getTranslation("owner.unassign"), e -> send(owners, user, referralId, null, people, changed));
            unassign.setId("owner-unassign");
            row.add(unassign);
        }
        add(row);
    }

    private static void send(
            OwnersApi owners,
            CurrentUser user,
            String referralId,
            @Nullable String personId,
            ComboBox<Owner> field,
            Runnable changed) {
        try {
            owners.assign(user.authentication(), referralId, personId);
            changed.run();
        } catch (BackendException e) {
            field.setErrorMessage(
                    e.fieldErrors().isEmpty()
                            ? e.getMessage()
                            : e.fieldErrors().getFirst().message());
            field.setInvalid(true);
        }
    }

    /** As the backend decides: a partner's people and the vendor's admin assign; others hand over their own. */
    static boolean mayAssign(Referral r, Me me) {
        boolean admin = "PARTNER".equals(me.organization().kind())
                ? Roles.isPartnerAdmin(me)
                : me.roles().contains("VENDOR_ADMIN");
        return admin || (r.owner() != null && r.owner().id().equals(me.id()));
    }

    /** A history line of an {@code /owner} change: assigned, routed by a rule, or left unassigned. */
    static String history(Component i18n, @Nullable Object to) {
        if (!(to instanceof Map<?, ?> owner)) {
            return i18n.getTranslation("owner.history.unassigned");
        }
        String name = String.valueOf(owner.get("name"));
        return i18n.getTranslation(
                owner.containsKey("routingRule") ? "owner.history.routed" : "owner.history.assigned", name);
    }
}
