package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.PatchOperation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A dialog that changes a referral: it checks its fields, turns them into JSON Patch operations and
 * hands them to the page, which sends them with the eTag it shows. Server errors come back here.
 */
abstract class ReferralDialog extends Dialog {

    private final Paragraph error = new Paragraph();
    private final BiConsumer<ReferralDialog, List<PatchOperation>> save;
    protected final Button saveButton;

    protected ReferralDialog(
            String id, String titleKey, String saveKey, BiConsumer<ReferralDialog, List<PatchOperation>> save) {
        this.save = save;
        setId(id);
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(52rem, 95vw)");
        error.setId(id + "-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(error);
        saveButton = new Button(getTranslation(saveKey), e -> trySave());
        saveButton.setId(id + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, saveButton);
    }

    protected abstract boolean validate();

    protected abstract List<PatchOperation> operations();

    /** Shows a field error the server named; false when the field is not in this dialog. */
    protected abstract boolean showServerError(String field, String message);

    private void trySave() {
        error.setVisible(false);
        if (validate()) {
            save.accept(this, operations());
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void showServerErrors(BackendException e) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError fe : e.fieldErrors()) {
            if (!showServerError(fe.field(), fe.message())) {
                unplaced.add(fe.message());
            }
        }
        if (e.fieldErrors().isEmpty() || !unplaced.isEmpty()) {
            showError(unplaced.isEmpty() ? e.getMessage() : String.join(" ", unplaced));
        }
    }
}
