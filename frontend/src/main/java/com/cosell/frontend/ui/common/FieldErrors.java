package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.HasValidation;

/** Puts a message at a field, the way Vaadin fields show their own validation. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public static void clear(HasValidation field) {
        field.setErrorMessage(null);
        field.setInvalid(false);
    }

    /** Required text: true when present, else the field says so. */
    public static boolean required(HasValidation field, String value, String message) {
        if (value == null || value.isBlank()) {
            show(field, message);
            return false;
        }
        clear(field);
        return true;
    }
}
