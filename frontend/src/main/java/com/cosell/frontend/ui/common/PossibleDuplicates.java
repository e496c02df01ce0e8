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
 * created, sent or accepted. Each can be opened (to work it instead); where the deal at hand exists
 * already, linked to it as the same customer (neither closes) or merged into (this one closes as its
 * duplicate); or the user goes on.
 */
public class PossibleDuplicates extends Div {

    /** How many deals the panel lists; it says how many more there are. */
    static final int SHOWN = 3;

    private final @Nullable Consumer<Deal> merge;
    private final @Nullable Consumer<Deal> link;
    private final String introKey;
    private String scope = "";
    private boolean dismissed;

    /** {@code merge}, {@code link}: null where the user may not, or nothing exists yet (a deal being created or sent). */
    public PossibleDuplicates(@Nullable Consumer<Deal> merge, @Nullable Consumer<Deal> link) {
        this.merge = merge;
        this.link = link;
        this.introKey =
                merge != null ? "duplicates.intro" : link != null ? "duplicates.intro.link" : "duplicates.intro.draft";
        setId("possible-duplicates");
        addClassName("possible-duplicates");
        setVisible(false);
    }

    /** The same panel a second time on one page (the Accept dialog over the referral's page): its ids prefixed. */
    public PossibleDuplicates scoped(String prefix) {
        scope = prefix;
        setId(prefix + "possible-duplicates");
        return this;
    }

    /** A panel that follows the customer picked on a form: it asks for that customer's open deals. */
    public static PossibleDuplicates following(CustomerPicker picker, DuplicatesApi api, CurrentUser user) {
        PossibleDuplicates panel = new PossibleDuplicates(null, null);
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
            open.setId(scope + "duplicate-open-" + d.id());
            Span customer = new Span(d.customerName() == null ? "" : d.customerName());
            customer.addClassName("duplicate-customer");
            Div row = new Div(open, customer, new StageBadge(Stage.ofSubstatus(d.substatus())));
            if (d.match() != null) {
                Span match = new Span(getTranslation("duplicates.match." + d.match()));
                match.addClassName("duplicate-match");
                row.add(match);
            }
            if (link != null) {
                row.add(button("duplicates.link-to", "duplicate-link-", d, link));
            }
            if (merge != null) {
                row.add(button("duplicates.merge", "duplicate-merge-", d, merge));
            }
            row.addClassName("duplicate-row");
            add(row);
        }
        if (deals.size() > SHOWN) {
            Span more = new Span(getTranslation("duplicates.more", deals.size() - SHOWN));
            more.setId(scope + "duplicates-more");
            add(new Div(more));
        }
        Button goOn = new Button(getTranslation("duplicates.go-on"), e -> {
            dismissed = true;
            setVisible(false);
        });
        goOn.setId(scope + "duplicates-go-on");
        goOn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(goOn);
    }

    private Button button(String labelKey, String idPrefix, Deal d, Consumer<Deal> action) {
        Button b = new Button(getTranslation(labelKey), e -> action.accept(d));
        b.setId(scope + idPrefix + d.id());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    public boolean dismissed() {
        return dismissed;
    }
}
