package com.cosell.frontend.notifications;

import com.cosell.frontend.backend.Notification;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** The user's notifications as the bell and its panel need them. */
public interface NotificationFeed {

    int unreadCount();

    /** Called (on any thread) when the unread count may have changed. */
    Registration onChange(Runnable listener);

    /** The newest notifications, read or not. */
    List<Notification> latest(int count);

    void markRead(String id);

    void markAllRead();
}
