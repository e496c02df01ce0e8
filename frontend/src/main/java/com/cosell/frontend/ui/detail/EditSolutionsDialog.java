package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.backend.Referral;
import com.cosell.frontend.backend.Solution;
import com.cosell.frontend.ui.common.SolutionPicker;
import java.util.List;
import java.util.function.BiConsumer;

/** Change the deal's solutions as the customer's needs become clear; at least one stays. */
class EditSolutionsDialog extends ReferralDialog {

    final SolutionPicker picker;

    EditSolutionsDialog(Referral referral, List<Solution> catalogue,
                        BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("solutions-dialog", "solutions.title", "action.save", save);
        picker = new SolutionPicker(catalogue);
        picker.select(referral.solutions());
        add(picker);
    }

    @Override
    protected boolean validate() {
        return picker.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        return List.of(PatchOperation.set("/details/requirements",
                new Referral.Requirements(picker.refs())));
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
