package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.DealDetailsForm;
import com.cosell.frontend.ui.common.EmployeesStep;
import com.cosell.frontend.ui.common.PossibleDuplicates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Accept (partners) or engage (sellers): the deal's name, value, purchase timeline and notes as the
 * reviewer now understands them, a CRM ID, and the people who will work it; above them the
 * organization's open deals on the same customer, so the reviewer sees them while accepting and can
 * link this one to them.
 */
class AcceptDialog extends ReferralDialog {

    final DealDetailsForm deal;
    final EmployeesStep people;

    AcceptDialog(
            Referral referral,
            boolean engage,
            Clock clock,
            List<Referral.Member> recent,
            PossibleDuplicates duplicates,
            BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super(
                "accept-dialog",
                engage ? "accept.engage-title" : "accept.title",
                engage ? "action.engage" : "action.accept",
                save);
        deal = new DealDetailsForm(clock, true, false);
        deal.setValue(referral);
        people = new EmployeesStep(recent, null, false);
        add(duplicates, deal, people);
    }

    @Override
    protected boolean validate() {
        return deal.validate() & people.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        List<PatchOperation> ops = new ArrayList<>();
        ops.add(new PatchOperation("replace", "/status", "Active"));
        ops.add(new PatchOperation("replace", "/substatus", "Accepted"));
        ops.addAll(deal.operations(false));
        if (!people.members().isEmpty()) {
            ops.add(PatchOperation.set("/team", people.members()));
        }
        return ops;
    }

    @Override
    protected boolean showServerError(String field, String message) {
        if (people.holds(field)) {
            people.showServerError(field, message);
            return true;
        }
        return deal.showServerError(field, message);
    }
}
