package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the user may do with the referral, as buttons that open each action's dialog; and the deal
 * registration section with its button. The page decides what a saved dialog does.
 */
class ActionBar extends HorizontalLayout {

    private final BackendClient backend;
    private final CurrentUser user;

    ActionBar(
            Referral r,
            @Nullable Me me,
            Clock clock,
            BackendClient backend,
            DuplicatesApi duplicates,
            CurrentUser user,
            BiConsumer<ReferralDialog, List<PatchOperation>> save,
            Consumer<Supplier<ReferralDialog>> open) {
        this.backend = backend;
        this.user = user;
        setId("actions");
        addClassName("detail-actions");
        Set<ReferralAction> allowed = me == null ? Set.of() : ReferralActions.allowed(r, me);
        if (allowed.isEmpty() && r.stage() != null && r.stage().isClosed()) {
            Span readOnly = new Span(getTranslation("detail.archived"));
            readOnly.setId("read-only");
            add(readOnly);
        }
        for (ReferralAction action : allowed) {
            Supplier<ReferralDialog> dialog = switch (action) {
                case ACCEPT ->
                    () -> new AcceptDialog(
                            r, false, clock, recent(), DuplicatesSection.forAccept(r, duplicates, user), save);
                case ENGAGE ->
                    () -> new AcceptDialog(
                            r, true, clock, List.of(), DuplicatesSection.forAccept(r, duplicates, user), save);
                case DECLINE ->
                    () -> new CloseDialog(
                            r,
                            "Declined",
                            backend.reasons(user.authentication()).decline(),
                            save);
                case EDIT -> () -> new EditDealDialog(r, clock, save);
                case ADD_EMPLOYEES -> () -> new AddEmployeesDialog(r, recent(), save);
                case EDIT_SOLUTIONS -> () -> new EditSolutionsDialog(r, backend.solutions(user.authentication()), save);
                case ASK_FOR_HELP -> () -> new AskForHelpDialog(save);
                case INVITE_PARTNERS ->
                    () -> new InviteDialog(
                            r,
                            backend.organizations(user.authentication()),
                            backend.solutions(user.authentication()),
                            save);
                case WON -> () -> new WonDialog(save);
                case LOST ->
                    () -> new CloseDialog(
                            r, "Lost", backend.reasons(user.authentication()).lost(), save);
            };
            Button button = new Button(
                    getTranslation("action." + action.name().toLowerCase().replace('_', '-')),
                    e -> open.accept(dialog));
            button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
            if (action == ReferralAction.ACCEPT || action == ReferralAction.ENGAGE || action == ReferralAction.WON) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (action == ReferralAction.DECLINE || action == ReferralAction.LOST) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            add(button);
        }
    }

    /** Won on a registration-eligible solution: partners register the deal for the vendor's review. */
    static RegistrationSection registration(
            Referral r, @Nullable Me me, Clock clock, BackendClient backend, CurrentUser user, Runnable reload) {
        boolean partner = me != null && Roles.isPartnerAdmin(me);
        boolean eligible = false;
        if (partner) {
            try {
                var chosen = r.solutions().stream().map(s -> s.id()).toList();
                eligible = backend.solutions(user.authentication()).stream()
                        .anyMatch(s -> s.registrationEligible() && chosen.contains(s.id()));
            } catch (BackendException e) {
                eligible = false;
            }
        }
        Button register = null;
        if (RegistrationSection.mayRegister(r, partner, eligible) && r.id() != null) {
            String id = r.id().toString();
            register = new Button(
                    UI.getCurrent().getTranslation("action.register"),
                    e -> new RegisterDealDialog(
                                    r.details() == null || r.details().currency() == null
                                            ? "USD"
                                            : r.details().currency(),
                                    clock,
                                    s -> backend.registerDeal(user.authentication(), id, s),
                                    reload)
                            .open());
            register.setId("action-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return new RegistrationSection(r.registration(), register);
    }

    private List<Referral.Member> recent() {
        try {
            return backend.recentContacts(user.authentication());
        } catch (BackendException e) {
            return List.of();
        }
    }
}
