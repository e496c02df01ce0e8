package com.cosell.frontend.ui.common;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.duplicate.Deal;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "Possible duplicates": the organization's open deals on the same customer, shown where a deal is
 * created, sent or accepted. Each can be opened (to link to it or work it instead); where the deal at
 * hand exists already, merged into (this one closes as its duplicate); or the user goes on.
 */
public class PossibleDuplicates extends Div {

    private final @Nullable Consumer<Deal> merge;
    private final String introKey;
    private boolean dismissed;

    /** {@code merge}: null where nothing exists yet to close (a deal being created or sent). */
    public PossibleDuplicates(@Nullable Consumer<Deal> merge) {
        this.merge = merge;
        this.introKey = merge == null ? "duplicates.intro.draft" : "duplicates.intro";
        setId("possible-duplicates");
        addClassName("possible-duplicates");
        setVisible(false);
    }

    /** A panel that follows the customer picked on a form: it asks for that customer's open deals. */
    /** How many deals the panel lists; it says how many more there are. */
    static final int SHOWN = 3;

    public static PossibleDuplicates following(CustomerPicker picker, DuplicatesApi api, CurrentUser user) {
        PossibleDuplicates panel = new PossibleDuplicates(null);
        picker.addPickListener(c -> panel.show(c == null ? List.of() : candidates(api, user, c)));
        return panel;
    }

    private static List<Deal> candidates(DuplicatesApi api, CurrentUser user, Customer c) {
        try {
            List<Deal> found = api.candidates(user.authentication(), c.name(), c.country(), c.duns());
            return found == null ? List.of() : found;
        } catch (BackendException e) {
            return List.of(); // advice only: a failed look-up never stands in the user's way
        }
    }

    public void show(List<Deal> deals) {
        removeAll();
        dismissed = false;
        setVisible(!deals.isEmpty());
        if (deals.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("duplicates.title")), new Paragraph(getTranslation(introKey)));
        // The closest few, so the form's own buttons stay in view: same D-U-N-S first, then the latest.
        List<Deal> closest = deals.stream()
                .sorted(java.util.Comparator.comparing((Deal d) -> !"Duns".equals(d.match()))
                        .thenComparing(
                                Deal::updatedDateTime,
                                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .limit(SHOWN)
                .toList();
        for (Deal d : closest) {
            Anchor open = new Anchor(Routes.referral(d.id().toString()), d.name());
            open.setId("duplicate-open-" + d.id());
            Span customer = new Span(d.customerName() == null ? "" : d.customerName());
            customer.addClassName("duplicate-customer");
            Div row = new Div(open, customer, new StageBadge(Stage.ofSubstatus(d.substatus())));
            if (d.match() != null) {
                Span match = new Span(getTranslation("duplicates.match." + d.match()));
                match.addClassName("duplicate-match");
                row.add(match);
            }
            if (merge != null) {
                Button mergeInto = new Button(getTranslation("duplicates.merge"), e -> merge.accept(d));
                mergeInto.setId("duplicate-merge-" + d.id());
                mergeInto.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(mergeInto);
            }
            row.addClassName("duplicate-row");
            add(row);
        }
        if (deals.size() > SHOWN) {
            Span more = new Span(getTranslation("duplicates.more", deals.size() - SHOWN));
            more.setId("duplicates-more");
            add(new Div(more));
        }
        Button goOn = new Button(getTranslation("duplicates.go-on"), e -> {
            dismissed = true;
            setVisible(false);
        });
        goOn.setId("duplicates-go-on");
        goOn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(goOn);
    }

    public boolean dismissed() {
        return dismissed;
    }
}
