package com.cosell.frontend.ui.detail;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A referral's duplicates: the deal it was closed as a duplicate of, those merged into it, for the
 * vendor the conflict flag (another partner works the same customer), and while it is open the
 * "Possible duplicates" panel, from which the user merges it into one of them.
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
        if (report.conflicts() != null && !report.conflicts().isEmpty()) {
            Span flag = new Span(getTranslation("duplicates.conflict"));
            flag.setId("conflict-flag");
            flag.getElement().getThemeList().add("badge error");
            Div conflict = line("conflicts", "duplicates.conflict.text", report.conflicts());
            conflict.addComponentAsFirst(flag);
            add(conflict);
        }
        // The vendor's copies on one customer with different partners are conflicts, not duplicates.
        List<java.util.UUID> conflicting = report.conflicts() == null
                ? List.of()
                : report.conflicts().stream().map(Deal::id).toList();
        List<Deal> candidates = report.candidates() == null
                ? List.of()
                : report.candidates().stream()
                        .filter(d -> !conflicting.contains(d.id()))
                        .toList();
        if (me != null && r.id() != null && !candidates.isEmpty()) {
            // A partner's admins close their deals; the vendor's sellers only decline a request for help.
            boolean mayMerge = Roles.isPartnerAdmin(me)
                    || (Roles.isSeller(me) && r.stage() == com.cosell.api.referral.Stage.RECEIVED);
            PossibleDuplicates panel =
                    new PossibleDuplicates(mayMerge ? d -> merge(api, user, r, d, reload, stale) : null);
            panel.show(candidates);
            add(panel);
        }
        error.setId("duplicates-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(error);
        setVisible(getComponentCount() > 1);
    }

    private static DuplicateReport load(DuplicatesApi api, CurrentUser user, Referral r) {
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
                setVisible(true);
                error.setText(getTranslation("duplicates.failed", e.getMessage()));
                error.setVisible(true);
            }
        }
    }

    private Div line(String id, String labelKey, List<Deal> deals) {
        Div line = new Div(new Span(getTranslation(labelKey) + " "));
        line.setId(id);
        for (Deal d : deals) {
            Anchor link = new Anchor(Routes.referral(d.id().toString()), d.name());
            link.setId(id + "-" + d.id());
            line.add(link, new Span(" "));
        }
        return line;
    }
}
