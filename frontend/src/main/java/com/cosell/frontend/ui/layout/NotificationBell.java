package com.cosell.frontend.ui.layout;

import com.cosell.frontend.notifications.NotificationFeed;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.UiAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/** The bell with the number of unread notifications; the count comes from the feed and follows it. */
public class NotificationBell extends Composite<Button> {

    private final NotificationFeed feed;
    private final Span count = new Span();
    private @Nullable Registration subscription;

    public NotificationBell(NotificationFeed feed) {
        this.feed = feed;
        count.setId("notification-count");
        count.addClassName("bell-count");
        count.getElement().getThemeList().add("badge error primary small pill");
        Button bell = getContent();
        bell.setId("notification-bell");
        bell.setIcon(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("bell");
        bell.getElement().appendChild(count.getElement());
        bell.addClickListener(e -> new NotificationsDialog(feed).open());
        update();
    }

    private void update() {
        int unread = feed.unreadCount();
        count.setText(Formats.number(unread, getLocale()));
        count.setVisible(unread > 0);
        getContent().setAriaLabel(getTranslation("notifications.unread", unread));
        getContent().setTooltipText(getTranslation("notifications.unread", unread));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        update();
        subscription = feed.onChange(() -> UiAccess.run(event.getUI(), this::update));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
