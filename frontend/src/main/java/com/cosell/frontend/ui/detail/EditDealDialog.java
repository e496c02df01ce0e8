package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.DealDetailsForm;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

/** Edit an accepted deal: name, purchase date, value, notes, CRM ID, campaign ID. */
class EditDealDialog extends ReferralDialog {

    final DealDetailsForm deal;

    EditDealDialog(Referral referral, Clock clock, BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("edit-dialog", "edit.title", "action.save", save);
        deal = new DealDetailsForm(clock, true, true);
        deal.setValue(referral);
        add(deal);
    }

    @Override
    protected boolean validate() {
        return deal.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        return deal.operations(true);
    }

    @Override
    protected boolean showServerError(String field, String message) {
        return deal.showServerError(field, message);
    }
}
