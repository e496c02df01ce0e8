package com.cosell.frontend.ui.detail;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.frontend.backend.Organization;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.PartnerInvitations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Invite more partners to the organization's open deal: each receives its own referral to answer.
 * Sent as Partner Center's {@code add /target/-} operations, with the eTag the page shows.
 */
class InviteDialog extends ReferralDialog {

    /** An engagement's parties, this organization included. */
    static final int MAX_PARTIES = PartnerInvitations.MAX_INVITED + 1;

    final PartnerInvitations partners;

    /** @param catalogue the solutions known to the caller: those of other partners on the deal offer their partner */
    InviteDialog(
            Referral r,
            List<Organization> directory,
            List<Solution> catalogue,
            BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("invite-dialog", "invite.dialog", "invite.submit", save);
        Set<String> parties =
                r.parties().stream().map(RelatedParty::organizationId).collect(Collectors.toSet());
        int room = Math.max(0, MAX_PARTIES - 1 - parties.size());
        partners = new PartnerInvitations(
                directory.stream().filter(o -> !parties.contains(o.id())).toList(), room);
        Paragraph explanation = new Paragraph(getTranslation("invite.explanation"));
        explanation.setId("invite-explanation");
        Div offers = new Div();
        offers.setId("invite-offers");
        Set<UUID> onDeal = r.solutions().stream().map(s -> s.id()).collect(Collectors.toSet());
        partners.offerFor(
                catalogue.stream().filter(s -> onDeal.contains(s.id())).toList(), offers);
        add(explanation, offers, partners);
        if (room == 0) {
            Paragraph full = new Paragraph(getTranslation("invite.limit", MAX_PARTIES - 1));
            full.setId("invite-full");
            full.addClassName("error-text");
            add(full);
            saveButton.setEnabled(false);
        }
    }

    @Override
    protected boolean validate() {
        if (partners.isEmpty()) {
            showError(getTranslation("invite.none"));
            return false;
        }
        return partners.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        return partners.targets().stream()
                .map(t -> new PatchOperation("add", "/target/-", t))
                .toList();
    }

    @Override
    protected boolean showServerError(String field, String message) {
        return partners.showServerError(field, message);
    }
}
