package com.cosell.frontend.ui.common;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.AssistanceRequestCode;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.Organization;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Choosing partners to invite to a deal from the co-sell directory (searched by a partner's name or
 * one of its co-sell-ready solutions), each with the help wanted from it and notes for it. Used by
 * the create flow and the detail page's invitation dialog.
 */
public class PartnerInvitations extends Composite<VerticalLayout> {

    /** At most ten parties on one engagement: the inviting organization and nine others. */
    public static final int MAX_INVITED = 9;

    final ComboBox<Organization> partner = new ComboBox<>();
    private final Div rows = new Div();
    private final Paragraph limit = new Paragraph();
    private final List<Organization> directory;
    private final int maxInvited;
    private final Map<String, Row> invited = new LinkedHashMap<>();

    /** One invited partner's row. */
    private record Row(Organization organization, Div component, Select<String> code, TextArea notes) {}

    /**
     * @param directory  the partners that may be invited (those already a party left out)
     * @param maxInvited how many more parties the engagement takes
     */
    public PartnerInvitations(List<Organization> directory, int maxInvited) {
        this.directory = directory;
        this.maxInvited = maxInvited;
        partner.setId("invite-partner");
        partner.setLabel(getTranslation("invite.partner"));
        partner.setPlaceholder(getTranslation("invite.search"));
        partner.setItems(directory);
        // The label carries the solutions, so typing a solution's name finds its partner too.
        partner.setItemLabelGenerator(PartnerInvitations::label);
        partner.setWidthFull();
        partner.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                invite(e.getValue().id());
                partner.clear();
            }
        });
        rows.setId("invite-rows");
        limit.setId("invite-limit");
        limit.addClassName("error-text");
        limit.setText(getTranslation("invite.limit", maxInvited));
        limit.setVisible(false);
        getContent().setPadding(false);
        getContent().add(partner, limit, rows);
    }

    static String label(Organization o) {
        String solutions =
                o.solutionsOrEmpty().stream().map(Organization.Listed::name).collect(Collectors.joining(", "));
        return solutions.isEmpty() ? o.name() : o.name() + " — " + solutions;
    }

    /**
     * Another partner's solution on the deal offers to invite that partner: one button per such
     * partner not yet invited (and in {@code directory}, so not a party already), shown in {@code offers}.
     */
    public void offerFor(Collection<Solution> chosen, HasComponents offers) {
        offers.removeAll();
        Map<String, String> owners = new LinkedHashMap<>();
        chosen.stream()
                .filter(s -> "Partner".equals(s.type()))
                .forEach(s -> owners.putIfAbsent(s.organizationId(), s.organizationName()));
        owners.forEach((id, name) -> {
            boolean listed = directory.stream().anyMatch(o -> o.id().equals(id));
            if (listed && !invited.containsKey(id)) {
                Button offer = new Button(getTranslation("invite.offer", name));
                offer.setId("invite-offer-" + id);
                offer.addClickListener(e -> {
                    if (invite(id)) {
                        offers.remove(offer);
                    }
                });
                offers.add(offer);
            }
        });
    }

    /** Adds the partner (if in the directory and not yet invited); answers whether it is invited now. */
    public boolean invite(String organizationId) {
        if (invited.containsKey(organizationId)) {
            return true;
        }
        Organization o = directory.stream()
                .filter(d -> d.id().equals(organizationId))
                .findFirst()
                .orElse(null);
        if (o == null) {
            return false;
        }
        if (invited.size() >= maxInvited) {
            limit.setVisible(true);
            return false;
        }
        Select<String> code = new Select<>();
        code.setId("invite-code-" + o.id());
        code.setLabel(getTranslation("invite.code", o.name()));
        code.setItems(HelpRequestForm.CODES);
        code.setItemLabelGenerator(c -> getTranslation("help.code." + c));
        code.setRequiredIndicatorVisible(true);
        code.setWidth("22em"); // the help's names are long
        TextArea notes = new TextArea(getTranslation("invite.notes", o.name()));
        notes.setId("invite-notes-" + o.id());
        notes.setMaxLength(4000);
        notes.setWidthFull();
        Span name = new Span(o.name());
        name.addClassName("invite-name");
        Button remove = new Button(getTranslation("invite.remove"), e -> remove(o.id()));
        remove.setId("invite-remove-" + o.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(name, code, remove);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div row = new Div(head, notes);
        row.addClassName("invite-row");
        row.setWidthFull();
        row.setId("invite-row-" + o.id());
        rows.add(row);
        invited.put(o.id(), new Row(o, row, code, notes));
        return true;
    }

    private void remove(String organizationId) {
        Row row = invited.remove(organizationId);
        if (row != null) {
            rows.remove(row.component());
        }
        limit.setVisible(false);
    }

    public List<String> invitedIds() {
        return List.copyOf(invited.keySet());
    }

    public List<String> invitedNames() {
        return invited.values().stream().map(r -> r.organization().name()).toList();
    }

    public boolean isEmpty() {
        return invited.isEmpty();
    }

    /** Each invited partner must be told what help is wanted. */
    public boolean validate() {
        boolean ok = true;
        for (Row row : invited.values()) {
            if (row.code().getValue() == null) {
                FieldErrors.show(row.code(), getTranslation("validation.invite-code"));
                ok = false;
            } else {
                FieldErrors.clear(row.code());
            }
        }
        return ok;
    }

    /** The {@code target} entries to send. */
    public List<Referral.Target> targets() {
        List<Referral.Target> targets = new ArrayList<>();
        for (Row row : invited.values()) {
            String code = row.code().getValue();
            targets.add(Referral.Target.invitation(
                    row.organization().id(),
                    code == null ? null : AssistanceRequestCode.valueOf(code),
                    DealDetailsForm.blankToNull(row.notes().getValue())));
        }
        return targets;
    }

    /**
     * The server's complaint about a {@code target/i/...} field, shown at the i-th invited partner
     * (in the order sent), or under the search; false for fields of other entries than targets.
     */
    public boolean showServerError(String field, String message) {
        if (!field.startsWith("target")) {
            return false;
        }
        String[] parts = field.split("/");
        List<Row> all = List.copyOf(invited.values());
        int index = parts.length > 1 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : -1;
        if (index < 0 || index >= all.size()) {
            FieldErrors.show(partner, message);
        } else if (field.endsWith("/notes")) {
            FieldErrors.show(all.get(index).notes(), message);
        } else {
            FieldErrors.show(all.get(index).code(), message);
        }
        return true;
    }
}
