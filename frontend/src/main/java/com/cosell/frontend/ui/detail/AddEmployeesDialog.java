package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.EmployeesStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Add people who work on the deal; the team keeps everyone already on it. */
class AddEmployeesDialog extends ReferralDialog {

    final EmployeesStep people;
    private final Referral referral;

    AddEmployeesDialog(
            Referral referral, List<Referral.Member> recent, BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("employees-dialog", "employees.title", "action.save", save);
        this.referral = referral;
        people = new EmployeesStep(recent, null, true);
        add(people);
    }

    @Override
    protected boolean validate() {
        return people.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        List<Referral.Member> team = new ArrayList<>(referral.teamOrEmpty());
        team.addAll(people.members());
        return List.of(PatchOperation.set("/team", team));
    }

    @Override
    protected boolean showServerError(String field, String message) {
        if (!people.holds(field)) {
            return false;
        }
        // The server counts the whole team; the new people follow the ones already on it.
        String[] parts = field.split("/");
        if (parts.length == 3 && parts[1].matches("\\d+")) {
            int index = Integer.parseInt(parts[1]) - referral.teamOrEmpty().size();
            field = index >= 0 ? "team/" + index + "/" + parts[2] : "team";
        }
        people.showServerError(field, message);
        return true;
    }
}
