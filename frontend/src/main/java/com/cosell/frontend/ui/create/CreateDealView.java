package com.cosell.frontend.ui.create;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.ContactStep;
import com.cosell.frontend.ui.common.CustomerPicker;
import com.cosell.frontend.ui.common.DealDetailsForm;
import com.cosell.frontend.ui.common.EmployeesStep;
import com.cosell.frontend.ui.common.PartnerInvitations;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.SolutionPicker;
import com.cosell.frontend.ui.common.WizardStep;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creating a deal, in the seed's order: customer, customer contact, deal details, employees,
 * solutions, sale type. Every step stays built while the user moves back and forth, so nothing
 * typed is lost; nothing is saved until "Create" on the last step.
 */
@Route(Routes.CREATE_DEAL)
@PermitAll
public class CreateDealView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final BackendClient backend;
    private final DuplicatesApi duplicates;
    private final Clock clock;
    private final List<WizardStep> steps = new ArrayList<>();
    private final OrderedList progress = new OrderedList();
    private final Div stepArea = new Div();
    private final LeaveGuard guard = new LeaveGuard(this, stepArea);
    private final Paragraph error = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button create = new Button();
    private final ReviewStep review = new ReviewStep();
    private @Nullable SolutionPicker solutionPicker;
    private int current;
    private boolean built;

    CreateDealView(CurrentUser user, BackendClient backend, DuplicatesApi duplicates, Clock clock) {
        this.user = user;
        this.backend = backend;
        this.duplicates = duplicates;
        this.clock = clock;
        addClassName("create-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!built) {
            built = Workspace.openForm(
                    event,
                    user,
                    this,
                    "create.title",
                    Roles::isPartnerAdmin,
                    "create.not-allowed",
                    this::build,
                    this::errorText);
        }
    }

    private Paragraph errorText(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("create-error");
        p.addClassName("error-text");
        return p;
    }

    private void build(Me me) {
        SolutionPicker solutions = new SolutionPicker(backend.solutions(user.authentication()));
        List<Referral.Member> recent = backend.recentContacts(user.authentication());
        CustomerPicker customer = new CustomerPicker(backend, user);
        steps.add(new CustomerStep(customer, PossibleDuplicates.following(customer, duplicates, user)));
        steps.add(new ContactStep());
        steps.add(new DetailsStep(new DealDetailsForm(clock, true, true)));
        steps.add(new EmployeesStep(recent, self(me), true));
        steps.add(new SolutionsStep(solutions));
        steps.add(new SaleTypeStep(
                new PartnerInvitations(backend.organizations(user.authentication()), PartnerInvitations.MAX_INVITED)));
        steps.add(review);
        solutionPicker = solutions;

        progress.setId("wizard-progress");
        progress.addClassName("wizard-progress");
        for (WizardStep step : steps) {
            progress.add(new ListItem(getTranslation(step.titleKey())));
            step.component().setVisible(false);
            stepArea.add(step.component());
        }
        stepArea.addClassName("wizard-step");

        back.setText(getTranslation("wizard.back"));
        back.setId("wizard-back");
        back.addClickListener(e -> show(current - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (steps.get(current).validate()) {
                show(current + 1);
            }
        });
        create.setText(getTranslation("create.submit"));
        create.setId("wizard-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        create.setDisableOnClick(true);
        error.setId("create-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(progress, stepArea, error, new HorizontalLayout(back, next, create));
        show(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("create.title");
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (built) {
            guard.beforeLeave(event);
        }
    }

    /** The signed-in user as the first employee: they are usually the one working the deal. */
    private static Referral.Member self(Me me) {
        String name = me.name() == null ? "" : me.name().strip();
        int space = name.indexOf(' ');
        return new Referral.Member(
                space < 0 ? name : name.substring(0, space),
                space < 0 ? null : name.substring(space + 1),
                null,
                me.email(),
                null);
    }

    private void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        if (current > 0) {
            guard.touched();
        }
        if (steps.get(current) instanceof SaleTypeStep saleType && solutionPicker != null) {
            saleType.offerFor(solutionPicker.selected());
        }
        if (steps.get(current) == review) {
            review.show(
                    draft(),
                    solutionPicker == null ? List.of() : solutionPicker.selected(),
                    ((SaleTypeStep) steps.get(5)).partners.invitedNames());
        }
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).component().setVisible(i == current);
            ListItem item = (ListItem) progress.getComponentAt(i);
            item.setClassName("current", i == current);
            item.setClassName("done", i < current);
        }
        back.setEnabled(current > 0);
        next.setVisible(current < steps.size() - 1);
        create.setVisible(current == steps.size() - 1);
    }

    public int currentStep() {
        return current;
    }

    private void submit() {
        create.setEnabled(true);
        error.setVisible(false);
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).validate()) {
                show(i);
                return;
            }
        }
        if (((SaleTypeStep) steps.get(5)).shared() && !((ContactStep) steps.get(1)).validateForSharing()) {
            show(1);
            return;
        }
        try {
            Referral created = backend.create(user.authentication(), draft());
            guard.saved();
            Notification.show(getTranslation("create.done", created.name() == null ? "" : created.name()));
            if (created.id() != null) {
                Routes.navigate(Routes.referral(created.id().toString()));
            }
        } catch (BackendException e) {
            showServerErrors(e);
        }
    }

    /** The deal as entered so far, as it would be sent; the customer step must hold a customer. */
    private Referral draft() {
        CustomerStep customer = (CustomerStep) steps.get(0);
        ContactStep contact = (ContactStep) steps.get(1);
        DetailsStep details = (DetailsStep) steps.get(2);
        EmployeesStep employees = (EmployeesStep) steps.get(3);
        SolutionsStep solutions = (SolutionsStep) steps.get(4);
        SaleTypeStep saleType = (SaleTypeStep) steps.get(5);
        return Referrals.draft(
                        details.form.name(),
                        saleType.type(),
                        details.form.crmId(),
                        details.form.campaignId(),
                        CustomerPicker.profile(customer.picker.value().orElseThrow(), contact.contacts()),
                        contact.consentValue(),
                        details.form.details(Referral.Requirements.ofSolutions(solutions.picker.refs())),
                        employees.members(),
                        saleType.invite(),
                        null)
                .toBuilder()
                .target(saleType.targets())
                .build();
    }

    /** A 400 names fields: each is shown where it was entered, and the first such step is opened. */
    private void showServerErrors(BackendException e) {
        int first = -1;
        List<String> unplaced = new ArrayList<>();
        for (FieldError fe : e.fieldErrors()) {
            Optional<Integer> at = java.util.stream.IntStream.range(0, steps.size())
                    .filter(i -> steps.get(i).holds(fe.field()))
                    .boxed()
                    .findFirst();
            if (at.isPresent()) {
                steps.get(at.get()).showServerError(fe.field(), fe.message());
                first = first < 0 ? at.get() : Math.min(first, at.get());
            } else {
                unplaced.add(fe.message());
            }
        }
        if (first >= 0) {
            show(first);
        }
        if (first < 0 || !unplaced.isEmpty()) {
            error.setText(unplaced.isEmpty() ? e.getMessage() : String.join(" ", unplaced));
            error.setVisible(true);
        }
    }
}
