package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.Component;

/** A decline or loss reason in words: one of the workspace's codes translated, or an integration's own words as written. */
public final class ReasonLabel {

    private ReasonLabel() {}

    public static String of(Component c, String statusReason) {
        String key = "reason." + statusReason;
        String label = c.getTranslation(key);
        return label.equals("!" + key + "!") ? statusReason : label;
    }
}
