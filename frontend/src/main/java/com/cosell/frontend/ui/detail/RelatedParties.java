package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.common.ReasonLabel;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.StageBadge;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The other parties of the engagement and where their side stands (did the vendor engage, did the
 * invited partner accept?): names and stages only. The sender may withdraw an invitation not yet answered.
 */
class RelatedParties extends Div {

    RelatedParties(Referral r, @Nullable Me me, BackendClient backend, CurrentUser user, Runnable reload) {
        setId("related-parties");
        addClassName("detail-section");
        add(new H3(getTranslation("detail.related")));
        if (r.parties().isEmpty()) {
            add(new Span(getTranslation("detail.related.none")));
            return;
        }
        boolean mayWithdraw = me != null && (Roles.isPartnerAdmin(me) || Roles.isSeller(me)) && r.id() != null;
        Set<String> invited = r.invitedIds();
        for (RelatedParty p : r.parties()) {
            Span name = new Span(p.organizationName());
            name.addClassName("related-name");
            Div row = new Div(name, new StageBadge(Optional.ofNullable(p.stage())));
            row.setId("party-" + p.organizationId());
            if (p.statusReason() != null) {
                Span reason = new Span(ReasonLabel.of(this, p.statusReason()));
                reason.addClassName("related-reason");
                row.add(reason);
            }
            if (mayWithdraw && invited.contains(p.organizationId()) && p.stage() == Stage.RECEIVED) {
                Button withdraw = new Button(getTranslation("invite.withdraw"), e -> {
                    try {
                        backend.withdraw(user.authentication(), r.id().toString(), p.organizationId());
                        Notification.show(getTranslation("invite.withdrawn", p.organizationName()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (BackendException ex) {
                        Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    reload.run();
                });
                withdraw.setId("withdraw-" + p.organizationId());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(withdraw);
            }
            row.addClassName("related-row");
            add(row);
        }
    }
}
