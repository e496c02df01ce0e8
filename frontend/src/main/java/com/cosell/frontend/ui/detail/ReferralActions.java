package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.common.Roles;
import java.util.EnumSet;
import java.util.Set;

/**
 * The actions a referral's stage and the user's role allow; anything else is not offered at all.
 * Received: accept (partners) or engage (sellers), or decline. Accepted: the partner works the deal
 * to Won or Lost. The organization that sent an open referral (a partner's deal, a seller's referral)
 * invites more partners to it. Archived: nothing.
 */
public final class ReferralActions {

    private ReferralActions() {}

    public static Set<ReferralAction> allowed(Referral referral, Me me) {
        Stage stage = referral.stage();
        EnumSet<ReferralAction> actions = EnumSet.noneOf(ReferralAction.class);
        if (stage == null || stage.isClosed()) {
            return actions;
        }
        boolean partner = Roles.isPartnerAdmin(me);
        boolean seller = Roles.isSeller(me);
        if (stage == Stage.RECEIVED && referral.incoming()) {
            if (partner) {
                actions.add(ReferralAction.ACCEPT);
                actions.add(ReferralAction.DECLINE);
            } else if (seller) {
                actions.add(ReferralAction.ENGAGE);
                actions.add(ReferralAction.DECLINE);
            }
        }
        if (stage == Stage.ACCEPTED && partner) {
            actions.addAll(EnumSet.of(
                    ReferralAction.EDIT,
                    ReferralAction.ADD_EMPLOYEES,
                    ReferralAction.EDIT_SOLUTIONS,
                    ReferralAction.WON,
                    ReferralAction.LOST));
            if (!referral.shared()) {
                actions.add(ReferralAction.ASK_FOR_HELP);
            }
        }
        boolean own = me.organization().id().equals(referral.organizationId());
        if (stage == Stage.ACCEPTED && !referral.incoming() && own && (partner || seller)) {
            actions.add(ReferralAction.INVITE_PARTNERS);
        }
        return actions;
    }
}
