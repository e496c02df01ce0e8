package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.events.ReferralChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The toasts for live changes worth interrupting for: a new inbound referral, a decision, an expiry. */
public final class LiveToast {

    private LiveToast() {}

    public static Optional<Notification> forChange(Component c, ReferralChange change, @Nullable Referral referral) {
        String name = referral == null || referral.name() == null ? "" : referral.name();
        String text = null;
        Object substatus = change.changedTo("/substatus");
        Optional<Stage> decided = Stage.ofSubstatus(substatus).filter(s -> s != Stage.RECEIVED);
        switch (change.type()) {
            case REFERRAL_CREATED -> {
                if (referral != null && referral.incoming()) {
                    text = c.getTranslation("toast.new-inbound", name);
                }
            }
            case REFERRAL_UPDATED ->
                text = decided.map(
                                s -> c.getTranslation("toast.decided", name, c.getTranslation(StageBadge.labelKey(s))))
                        .orElse(null);
            case RELATED_REFERRAL_CREATED, RELATED_REFERRAL_UPDATED ->
                text = change.relatedSubstatus()
                        .flatMap(moved -> Stage.ofSubstatus(moved.to())
                                .filter(s -> s != Stage.RECEIVED)
                                .map(s -> c.getTranslation(
                                        "toast.related",
                                        name,
                                        c.getTranslation(StageBadge.labelKey(s)),
                                        party(referral, ReferralChange.relatedOrganization(moved), c))))
                        .orElse(null);
        }
        if (text == null) {
            return Optional.empty();
        }
        Notification toast = new Notification(text, 5000, Notification.Position.BOTTOM_END);
        toast.setId("live-toast");
        toast.open();
        return Optional.of(toast);
    }

    /** The other party by name, as the referral lists it; "another party" before the referral says who. */
    private static String party(@Nullable Referral referral, String organizationId, Component c) {
        return referral == null
                ? c.getTranslation("toast.another-party")
                : referral.parties().stream()
                        .filter(p -> p.organizationId().equals(organizationId))
                        .map(RelatedParty::organizationName)
                        .findFirst()
                        .orElse(c.getTranslation("toast.another-party"));
    }
}
