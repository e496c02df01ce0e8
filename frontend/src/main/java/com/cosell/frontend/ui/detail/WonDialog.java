package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.PatchOperation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BiConsumer;

/** Report the deal won; it is then archived and read-only, so the user confirms. */
class WonDialog extends ReferralDialog {

    WonDialog(BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        super("won-dialog", "won.title", "action.won", save);
        add(new Paragraph(getTranslation("won.confirm")));
    }

    @Override
    protected boolean validate() {
        return true;
    }

    @Override
    protected List<PatchOperation> operations() {
        return List.of(
                new PatchOperation("replace", "/status", "Closed"), new PatchOperation("replace", "/substatus", "Won"));
    }

    @Override
    protected boolean showServerError(String field, String message) {
        return false;
    }
}
