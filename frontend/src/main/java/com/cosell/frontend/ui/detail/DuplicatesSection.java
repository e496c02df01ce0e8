package com.cosell.frontend.ui.detail;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A referral's duplicates: the deal it was closed as a duplicate of, those merged into it, the deals
 * linked to it as the same customer (each can be unlinked), for the vendor the conflict flag (another
 * partner works the same customer), and while it is open the "Possible duplicates" panel, from which
 * the user links it to one of them or merges it into one.
 */
class DuplicatesSection extends Div {

    private final Paragraph error = new Paragraph();

    DuplicatesSection(
            Referral r,
            @Nullable Me me,
            DuplicatesApi api,
            CurrentUser user,
            Runnable reload,
            Consumer<BackendException> stale) {
        setId("duplicates");
        addClassName("detail-section");
        DuplicateReport report = load(api, user, r);
        if (report.duplicateOf() != null) {
            add(line("duplicate-of", "duplicates.of", List.of(report.duplicateOf())));
        }
        if (report.duplicates() != null && !report.duplicates().isEmpty()) {
            add(line("duplicates-merged", "duplicates.merged-here", report.duplicates()));
        }
        boolean mayLink = me != null && r.id() != null && mayChange(me);
        if (report.linked() != null && !report.linked().isEmpty()) {
            add(linked(
                    report.linked(),
                    mayLink
                            ? d -> act(
                                    () -> api.unlink(user.authentication(), r.id().toString(), d.id().toString()),
                                    reload)
                            : null));
        }
        if (report.conflicts() != null && !report.conflicts().isEmpty()) {
            Span flag = new Span(getTranslation("duplicates.conflict"));
            flag.setId("conflict-flag");
            flag.getElement().getThemeList().add("badge error");
            Div conflict = line("conflicts", "duplicates.conflict.text", report.conflicts());
            conflict.addComponentAsFirst(flag);
            add(conflict);
        }
        List<Deal> candidates = candidates(report);
        if (me != null && r.id() != null && !candidates.isEmpty()) {
            // A partner's admins close their deals; the vendor's sellers only decline a request for help.
            boolean mayMerge = Roles.isPartnerAdmin(me) || (Roles.isSeller(me) && r.stage() == Stage.RECEIVED);
            PossibleDuplicates panel = new PossibleDuplicates(
                    mayMerge ? d -> merge(api, user, r, d, reload, stale) : null,
                    mayLink
                            ? d -> act(
                                    () -> api.link(user.authentication(), r.id().toString(), d.id().toString()), reload)
                            : null);
            panel.show(candidates);
            add(panel);
        }
        error.setId("duplicates-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(error);
        setVisible(getComponentCount() > 1);
    }

    /**
     * The Accept dialog's compact panel: the referral's possible duplicates at the moment of accepting,
     * each to link to (the page behind shows the link live); hidden when there are none.
     */
    static PossibleDuplicates forAccept(Referral r, DuplicatesApi api, CurrentUser user) {
        AtomicReference<PossibleDuplicates> panel = new AtomicReference<>();
        panel.set(new PossibleDuplicates(null, d -> {
                    PossibleDuplicates p = panel.get();
                    try {
                        DuplicateReport after =
                                api.link(user.authentication(), String.valueOf(r.id()), d.id().toString());
                        p.show(candidates(after == null ? DuplicateReport.NONE : after));
                        Notification.show(p.getTranslation("duplicates.linked-to", d.name()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (BackendException e) {
                        Notification.show(p.getTranslation("duplicates.link-failed", e.getMessage()))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                })
                .scoped("accept-"));
        panel.get().show(candidates(load(api, user, r)));
        return panel.get();
    }

    /** Whoever changes the referral links it: a partner's admins, the vendor's sellers (as the backend decides). */
    private static boolean mayChange(Me me) {
        return Roles.isPartnerAdmin(me) || Roles.isSeller(me);
    }

    /** The possible duplicates to offer: the vendor's copies on one customer with different partners are conflicts. */
    static List<Deal> candidates(DuplicateReport report) {
        List<UUID> conflicting = report.conflicts() == null
                ? List.of()
                : report.conflicts().stream().map(Deal::id).toList();
        return report.candidates() == null
                ? List.of()
                : report.candidates().stream()
                        .filter(d -> !conflicting.contains(d.id()))
                        .toList();
    }

    static DuplicateReport load(DuplicatesApi api, CurrentUser user, Referral r) {
        if (r.id() == null) {
            return DuplicateReport.NONE;
        }
        try {
            DuplicateReport report = api.report(user.authentication(), r.id().toString());
            return report == null ? DuplicateReport.NONE : report;
        } catch (BackendException e) {
            return DuplicateReport.NONE;
        }
    }

    /** A link or unlink: the page shows the outcome; a refusal is told inline. */
    private void act(Runnable call, Runnable reload) {
        try {
            call.run();
            reload.run();
        } catch (BackendException e) {
            fail("duplicates.link-failed", e);
        }
    }

    private void merge(
            DuplicatesApi api,
            CurrentUser user,
            Referral r,
            Deal into,
            Runnable reload,
            Consumer<BackendException> stale) {
        try {
            api.closeAsDuplicate(
                    user.authentication(), String.valueOf(r.id()), into.id().toString(), r.eTag());
            reload.run();
        } catch (BackendException e) {
            if (e.isStale()) {
                stale.accept(e);
            } else {
                fail("duplicates.failed", e);
            }
        }
    }

    private void fail(String key, BackendException e) {
        setVisible(true);
        error.setText(getTranslation(key, e.getMessage()));
        error.setVisible(true);
    }

    private Div line(String id, String labelKey, List<Deal> deals) {
        Div line = new Div(new Span(getTranslation(labelKey) + " "));
        line.setId(id);
        for (Deal d : deals) {
            line.add(open(id, d), new Span(" "));
        }
        return line;
    }

    /** "Linked deals": each opens its page; "Unlink" beside it for whoever may change the referral. */
    private Div linked(List<Deal> deals, @Nullable Consumer<Deal> unlink) {
        Div line = new Div(new Span(getTranslation("duplicates.linked") + " "));
        line.setId("linked-deals");
        for (Deal d : deals) {
            Span item = new Span(open("linked-deals", d));
            if (unlink != null) {
                Button b = new Button(getTranslation("duplicates.unlink"), e -> unlink.accept(d));
                b.setId("unlink-" + d.id());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(b);
            }
            line.add(item, new Span(" "));
        }
        return line;
    }

    private static Anchor open(String id, Deal d) {
        Anchor link = new Anchor(Routes.referral(d.id().toString()), d.name());
        link.setId(id + "-" + d.id());
        return link;
    }
}
