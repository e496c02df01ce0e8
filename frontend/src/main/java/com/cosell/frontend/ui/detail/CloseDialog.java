package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.FieldErrors;
import com.cosell.frontend.ui.common.StageBadge;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Decline a received referral or report a deal lost: a reason from the backend's list and notes.
 * The reason goes to statusReason; the notes are added to the deal's notes, where the other
 * parties read the deal's record.
 */
class CloseDialog extends ReferralDialog {

    final Select<String> reason = new Select<>();
    final TextArea notes = new TextArea();
    private final String substatus;
    private final Referral referral;

    CloseDialog(
            Referral referral,
            String substatus,
            List<String> reasons,
            BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super(
                substatus.equals("Declined") ? "decline-dialog" : "lost-dialog",
                substatus.equals("Declined") ? "decline.title" : "lost.title",
                substatus.equals("Declined") ? "action.decline" : "action.lost",
                save);
        this.substatus = substatus;
        this.referral = referral;
        reason.setId("close-reason");
        reason.setLabel(getTranslation("close.reason"));
        reason.setItems(reasons);
        reason.setItemLabelGenerator(r -> getTranslation("reason." + r));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        notes.setId("close-notes");
        notes.setLabel(getTranslation("close.notes"));
        notes.setMaxLength(2000);
        notes.setWidthFull();
        add(reason, notes);
    }

    @Override
    protected boolean validate() {
        if (reason.getValue() == null) {
            FieldErrors.show(reason, getTranslation("validation.reason"));
            return false;
        }
        FieldErrors.clear(reason);
        return true;
    }

    @Override
    protected List<PatchOperation> operations() {
        List<PatchOperation> ops = new ArrayList<>();
        ops.add(new PatchOperation("replace", "/status", "Closed"));
        ops.add(new PatchOperation("replace", "/substatus", substatus));
        ops.add(PatchOperation.set("/statusReason", reason.getValue()));
        if (!notes.getValue().isBlank()) {
            String before = referral.details() == null || referral.details().notes() == null
                    ? ""
                    : referral.details().notes() + "\n\n";
            ops.add(PatchOperation.set(
                    "/details/notes",
                    before
                            + Stage.ofSubstatus(substatus)
                                    .map(s -> getTranslation(StageBadge.labelKey(s)))
                                    .orElse(substatus)
                            + ": " + notes.getValue().strip()));
        }
        return ops;
    }

    @Override
    protected boolean showServerError(String field, String message) {
        if (field.equals("statusReason")) {
            FieldErrors.show(reason, message);
            return true;
        }
        if (field.equals("details/notes")) {
            FieldErrors.show(notes, message);
            return true;
        }
        return false;
    }
}
