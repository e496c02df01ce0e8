package com.cosell.frontend.ui.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Someone else changed the referral: nothing was saved, and the user chooses when to see the new version. */
final class StaleNotice {

    private StaleNotice() {}

    static Notification open(Runnable reload) {
        UI ui = UI.getCurrent();
        Notification notice = new Notification();
        notice.setId("stale-notice");
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.MIDDLE);
        Span text = new Span(ui.getTranslation("detail.stale"));
        Button again = new Button(ui.getTranslation("action.reload"), e -> {
            notice.close();
            reload.run();
        });
        again.setId("stale-reload");
        Button dismiss = new Button(ui.getTranslation("action.close"), e -> notice.close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout content = new HorizontalLayout(text, again, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
        return notice;
    }
}
