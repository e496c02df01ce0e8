package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.ReferralType;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.ui.common.HelpRequestForm;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turn a private deal into co-sell: the vendor's sellers get a request they have 14 days to
 * answer. Until now nothing of the deal was visible to them.
 */
class AskForHelpDialog extends ReferralDialog {

    final HelpRequestForm help = new HelpRequestForm();

    AskForHelpDialog(BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("help-dialog", "help.title", "action.ask-help", save);
        add(new Paragraph(getTranslation("sale-type.shared")), help);
    }

    @Override
    protected boolean validate() {
        return help.validate();
    }

    @Override
    protected List<PatchOperation> operations() {
        return List.of(
                new PatchOperation("replace", "/type", ReferralType.Shared.name()),
                PatchOperation.set(
                        "/inviteContext",
                        Map.of(
                                "assistanceRequestCode",
                                help.code(),
                                "notes",
                                help.notes() == null ? "" : help.notes())));
    }

    @Override
    protected boolean showServerError(String field, String message) {
        return help.showServerError(field, message);
    }
}
