package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;

/** Runs on the UI: at once when this thread already holds the session (tests, UI events), else via push. */
public final class UiAccess {

    private UiAccess() {}

    public static void run(UI ui, Command command) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            command.execute();
        } else {
            ui.access(command);
        }
    }
}
