package com.cosell.frontend.ui.detail;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.SolutionPicker;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Change the deal's solutions as the customer's needs become clear; at least one stays. */
class EditSolutionsDialog extends ReferralDialog {

    final SolutionPicker picker;

    EditSolutionsDialog(
            Referral referral, List<Solution> catalogue, BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("solutions-dialog", "solutions.title", "action.save", save);
        picker = new SolutionPicker(catalogue);
        picker.select(referral.solutions());
        // Another partner's solution on the deal: say where that partner is invited (once saved).
        Set<String> parties =
                referral.parties().stream().map(RelatedParty::organizationId).collect(Collectors.toSet());
        Paragraph offer = new Paragraph();
        offer.setId("solutions-invite-hint");
        Runnable hint = () -> {
            List<String> owners = picker.selected().stream()
                    .filter(s -> "Partner".equals(s.type()))
                    .filter(s -> !parties.contains(s.organizationId()))
                    .map(Solution::organizationName)
                    .distinct()
                    .toList();
            offer.setText(owners.isEmpty() ? "" : getTranslation("invite.offer-after-save", String.join(", ", owners)));
            offer.setVisible(!owners.isEmpty());
        };
        picker.group("Partner").addValueChangeListener(e -> hint.run());
        hint.run();
        add(picker, offer);
    }

    @Override
    protected boolean validate() {
        return picker.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        return List.of(PatchOperation.set("/details/requirements", Referral.Requirements.ofSolutions(picker.refs())));
    }

    @Override
    protected boolean showServerError(String field, String message) {
        if (field.startsWith("details/requirements")) {
            picker.showError(message);
            return true;
        }
        return false;
    }
}
