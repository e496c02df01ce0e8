package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral.Member;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The people of the company who work the deal: at least one, each with name, phone and email.
 * Recent contacts from earlier deals are offered on the side for quick add. Used by the create
 * flow (step 4) and by "Add employees" on an accepted deal.
 */
public class EmployeesStep extends HorizontalLayout implements WizardStep {

    private final List<MemberForm> rows = new ArrayList<>();
    private final VerticalLayout rowList = new VerticalLayout();
    private final Paragraph error = new Paragraph();
    private final boolean atLeastOne;

    public EmployeesStep(List<Member> recent, @Nullable Member first, boolean atLeastOne) {
        this.atLeastOne = atLeastOne;
        rowList.setPadding(false);
        Button add = new Button(getTranslation("employees.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("add-employee");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("employees-error");
        error.addClassName("error-text");
        error.setVisible(false);
        VerticalLayout main = new VerticalLayout(rowList, add, error);
        main.setPadding(false);
        add(main);
        setFlexGrow(1, main);
        if (!recent.isEmpty()) {
            VerticalLayout side = new VerticalLayout(new H4(getTranslation("employees.recent")));
            side.setId("recent-contacts");
            side.addClassName("recent-contacts");
            side.setPadding(false);
            for (int i = 0; i < recent.size(); i++) {
                Member m = recent.get(i);
                Button quick = new Button(VaadinIcon.PLUS_CIRCLE_O.create(), e -> quickAdd(m));
                quick.setId("quick-add-" + i);
                quick.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                quick.setAriaLabel(getTranslation("employees.quick-add", m.fullName()));
                Div who = new Div(new Div(m.fullName()), new Div(m.email() == null ? "" : m.email()));
                who.addClassName("recent-contact");
                HorizontalLayout line = new HorizontalLayout(quick, who);
                line.setAlignItems(FlexComponent.Alignment.CENTER);
                side.add(line);
            }
            add(side);
        }
        if (first != null || atLeastOne) {
            addRow(completed(first, recent));
        }
    }

    /** The signed-in user as the first employee, with the phone their earlier deals give. */
    private static @Nullable Member completed(@Nullable Member first, List<Member> recent) {
        if (first == null || first.phoneNumber() != null || first.email() == null) {
            return first;
        }
        return recent.stream()
                .filter(m -> first.email().equalsIgnoreCase(m.email()) && m.phoneNumber() != null)
                .findFirst()
                .map(m -> new Member(
                        first.firstName(), first.lastName(), m.phoneNumber(), first.email(), first.contactPreference()))
                .orElse(first);
    }

    private void quickAdd(Member m) {
        if (rows.stream().anyMatch(r -> r.holds(m.email()))) {
            return; // already on the deal: a second row of the same person would be refused anyway
        }
        MemberForm empty = rows.stream().filter(MemberForm::isEmpty).findFirst().orElse(null);
        if (empty != null) {
            empty.setValue(m);
        } else {
            addRow(m);
        }
    }

    private void addRow(@Nullable Member m) {
        int index = rows.size();
        MemberForm form = new MemberForm("employee-" + index);
        form.setValue(m);
        form.onEdit(() -> error.setVisible(false)); // "add at least one" no longer holds once someone is typed in
        rows.add(form);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(form);
            rowList.remove(e.getSource().getParent().orElseThrow());
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("employees.remove"));
        remove.setId("remove-employee-" + index);
        HorizontalLayout line = new HorizontalLayout(form, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        rowList.add(line);
    }

    @Override
    public String titleKey() {
        return "create.step.employees";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean validate() {
        error.setVisible(false);
        List<MemberForm> filled = rows.stream().filter(r -> !r.isEmpty()).toList();
        if (atLeastOne && filled.isEmpty()) {
            error.setText(getTranslation("validation.employees"));
            error.setVisible(true);
            return false;
        }
        boolean ok = true;
        for (MemberForm row : filled) {
            ok &= row.validate();
        }
        return ok;
    }

    public List<Member> members() {
        return rows.stream().filter(r -> !r.isEmpty()).map(MemberForm::value).toList();
    }

    @Override
    public boolean holds(String field) {
        return field.equals("team") || field.startsWith("team/");
    }

    @Override
    public void showServerError(String field, String message) {
        String[] parts = field.split("/");
        List<MemberForm> filled = rows.stream().filter(r -> !r.isEmpty()).toList();
        if (parts.length == 3 && parts[1].matches("\\d+") && Integer.parseInt(parts[1]) < filled.size()) {
            filled.get(Integer.parseInt(parts[1])).showServerError(parts[2], message);
        } else {
            error.setText(message);
            error.setVisible(true);
        }
    }
}
