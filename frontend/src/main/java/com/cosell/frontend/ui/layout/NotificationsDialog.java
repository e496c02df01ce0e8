package com.cosell.frontend.ui.layout;

import com.cosell.frontend.backend.Notification;
import com.cosell.frontend.notifications.NotificationFeed;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.ReasonLabel;
import com.cosell.frontend.ui.organization.WebhooksView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The notification panel: newest first, unread marked; a click reads it and opens its referral. */
class NotificationsDialog extends Dialog {

    NotificationsDialog(NotificationFeed feed) {
        setId("notifications");
        setHeaderTitle(getTranslation("notifications.title"));
        setWidth("28rem");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        List<Notification> latest = feed.latest(30);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
        }
        for (Notification n : latest) {
            list.add(item(n, feed));
        }
        add(list);
        Button markAll = new Button(getTranslation("notifications.mark-all"), e -> {
            feed.markAllRead();
            close();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(markAll, close);
    }

    private Div item(Notification n, NotificationFeed feed) {
        Span what = new Span(getTranslation(
                "notification.kind." + n.kind(),
                n.referralName() == null ? "" : n.referralName(),
                n.otherOrganization() == null ? "" : n.otherOrganization()));
        what.addClassName("notification-text");
        Div item = new Div(what);
        if (n.reason() != null) {
            Span reason = new Span(ReasonLabel.of(this, n.reason()));
            reason.addClassName("notification-reason");
            item.add(reason);
        }
        Span when = new Span(Formats.dateTime(n.createdAt(), getLocale(), BrowserZone.current()));
        when.addClassName("notification-time");
        item.add(when);
        item.addClassName("notification-item");
        // A button to the keyboard and screen readers too: Enter or Space opens the referral
        item.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        item.getElement()
                .addEventListener("keydown", e -> item.getElement().executeJs("this.click()"))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        if (!n.read()) {
            item.addClassName("unread");
        }
        item.addClickListener(e -> {
            if (!n.read()) {
                feed.markRead(n.id());
            }
            var ui = getUI(); // before closing, which detaches the dialog
            close();
            if ("WEBHOOK_DISABLED".equals(n.kind())) {
                ui.ifPresent(u -> u.navigate(WebhooksView.class));
            } else if (n.referralId() != null) {
                ui.ifPresent(u -> u.navigate(Routes.referral(n.referralId())));
            }
        });
        return item;
    }
}
