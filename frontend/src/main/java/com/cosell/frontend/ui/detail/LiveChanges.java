package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.events.ReferralEvents;
import com.cosell.frontend.ui.common.LiveToast;
import com.cosell.frontend.ui.common.UiAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a detail page current while it is attached: a live change to its referral (or to a related
 * party's) redraws it at once, unless the user is editing — then they are told, and their edit
 * would meet a 412 rather than overwrite.
 */
final class LiveChanges {

    private final ReferralDetailView page;
    private @Nullable Registration subscription;

    LiveChanges(ReferralDetailView page, ReferralEvents events) {
        this.page = page;
        page.addAttachListener(e -> {
            UI ui = e.getUI();
            subscription = events.subscribe(changes -> UiAccess.run(ui, () -> changes.forEach(this::apply)));
        });
        page.addDetachListener(e -> {
            if (subscription != null) {
                subscription.remove();
                subscription = null;
            }
        });
    }

    /**
     * A link between deals is kept beside the referral, whose version it leaves alone: an open dialog's
     * save still succeeds (the Accept dialog links from within), so the page just redraws.
     */
    private static boolean linksOnly(ReferralChange change) {
        return !change.changes().isEmpty()
                && change.changes().stream().allMatch(c -> c.path().equals("/links"));
    }

    private void apply(ReferralChange change) {
        Referral r = page.referral();
        String engagement = r == null ? null : String.valueOf(r.engagementId());
        if (r == null
                || !(change.referralId().equals(String.valueOf(r.id()))
                        || (change.engagementId() != null
                                && change.engagementId().equals(engagement)))) {
            return;
        }
        if (page.openDialog().isPresent() && change.referralId().equals(String.valueOf(r.id())) && !linksOnly(change)) {
            page.showStale();
            return;
        }
        page.reload();
        Me me = page.me();
        if (me != null && change.madeBy(me.id())) {
            return; // the user's own action: its confirmation was shown when it was saved
        }
        page.addClassName("changed");
        if (change.actorName() != null && page.getComponentCount() > 1) {
            Span changedBy = new Span(page.getTranslation("detail.changed-by", change.actorName()));
            changedBy.setId("changed-by");
            changedBy.addClassName("changed-by");
            page.addComponentAtIndex(1, changedBy); // under the back link: who changed what the user is reading
        }
        LiveToast.forChange(page, change, page.referral());
    }
}
