package com.cosell.frontend.ui.create;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The last step: everything entered, read back in one place before "Create" saves it. It checks
 * nothing itself; "Create" checks every step again.
 */
class ReviewStep extends Div implements WizardStep {

    ReviewStep() {
        setId("wizard-review");
        addClassName("wizard-review");
    }

    /** Redraws the summary from the deal as it would be sent, the solutions and the partners invited by name. */
    void show(Referral draft, List<Solution> solutions, List<String> partners) {
        removeAll();
        add(new Paragraph(getTranslation("review.intro")));
        CustomerProfile customer = draft.customerProfile();
        CustomerProfile.Address address = customer == null ? null : customer.address();
        row(
                "review-customer",
                "review.customer",
                (customer == null || customer.name() == null ? "—" : customer.name())
                        + (address == null || address.city() == null ? "" : " · " + address.city())
                        + (address == null || address.country() == null ? "" : " (" + address.country() + ")"));
        row("review-contacts", "review.contacts", people(customer == null ? List.of() : customer.teamOrEmpty()));
        row("review-deal", "review.deal", draft.name() == null ? "—" : draft.name());
        Referral.Details details = draft.details();
        row(
                "review-value",
                "review.value",
                details == null ? "—" : Formats.money(details.dealValue(), details.currency(), getLocale()));
        row(
                "review-close",
                "review.close",
                Formats.date(details == null ? null : details.closingDateTime(), getLocale()));
        row("review-employees", "review.employees", people(draft.teamOrEmpty()));
        row(
                "review-solutions",
                "review.solutions",
                solutions.isEmpty()
                        ? "—"
                        : solutions.stream().map(Solution::name).collect(Collectors.joining(", ")));
        String saleType = getTranslation(draft.shared() ? "type.Shared" : "type.Independent");
        if (draft.inviteContext() != null && draft.inviteContext().assistanceRequestCode() != null) {
            saleType +=
                    " · " + getTranslation("help.code." + draft.inviteContext().assistanceRequestCode());
        }
        row("review-sale-type", "review.sale-type", saleType);
        row("review-partners", "review.partners", partners.isEmpty() ? "—" : String.join(", ", partners));
    }

    private static String people(List<Referral.Member> members) {
        return members.isEmpty()
                ? "—"
                : members.stream().map(Referral.Member::fullName).collect(Collectors.joining(", "));
    }

    private void row(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("field-value");
        Div row = new Div(label, text);
        row.addClassName("field-row");
        add(row);
    }

    @Override
    public String titleKey() {
        return "create.step.review";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        return true;
    }

    @Override
    public boolean holds(String field) {
        return false;
    }

    @Override
    public void showServerError(String field, String message) {
        // Server errors are shown at the step that holds the field.
    }
}
