package com.cosell.frontend.ui.create;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/** Something was entered and not saved: leaving now would throw it away, so the user is asked first. */
final class LeaveGuard {

    private final Component form;
    private boolean touched;
    private boolean saved;

    /** Watches {@code inputs} for the first keystroke or choice; {@code form} speaks the dialog's language. */
    LeaveGuard(Component form, Component inputs) {
        this.form = form;
        List<Registration> listeners = new ArrayList<>();
        for (String type : List.of("input", "change")) { // after the first one the browser stops telling
            listeners.add(inputs.getElement().addEventListener(type, e -> {
                touched = true;
                listeners.forEach(Registration::remove);
            }));
        }
    }

    /** Moving past the first step counts as input. */
    void touched() {
        touched = true;
    }

    void saved() {
        saved = true;
    }

    void beforeLeave(BeforeLeaveEvent event) {
        if (saved || !touched) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(
                form.getTranslation("create.leave.title"),
                form.getTranslation("create.leave.text"),
                form.getTranslation("create.leave.discard"),
                e -> leave.proceed());
        confirm.setId("leave-dialog");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        // Staying must end the postponed navigation: otherwise the browser's next navigation is never asked about.
        Button stay = new Button(form.getTranslation("create.leave.stay"), e -> {
            confirm.close();
            leave.cancel();
        });
        confirm.setCancelButton(stay);
        confirm.addCancelListener(e -> leave.cancel()); // Esc
        confirm.open();
        // The safe choice is the default, so Enter keeps what was entered. The dialog focuses its confirm
        // button as it opens (vaadin/web-components#1029); the focus moves once it has.
        confirm.getElement()
                .executeJs(
                        "const stay = () => setTimeout(() => $0.focus(), 100);"
                                + "if (this.opened) { stay(); }"
                                + "this.addEventListener('opened-changed', e => { if (e.detail.value) { stay(); } });",
                        stay.getElement());
    }
}
