package com.cosell.frontend.notifications;

import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.Notification;
import com.cosell.frontend.backend.NotificationPage;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The session's notifications from the backend. The unread count is read once and again whenever
 * the event stream announces a notification or the user marks some read.
 */
@Component
@VaadinSessionScope
public class BackendNotificationFeed implements NotificationFeed {

    private final BackendClient backend;
    private final CurrentUser user;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile int unread = -1;

    BackendNotificationFeed(BackendClient backend, CurrentUser user) {
        this.backend = backend;
        this.user = user;
    }

    @Override
    public int unreadCount() {
        if (unread < 0) {
            refresh();
        }
        return Math.max(unread, 0);
    }

    @Override
    public Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public List<Notification> latest(int count) {
        NotificationPage page = backend.notifications(user.authentication(), count, 0);
        unread = page.unreadCount();
        return page.value();
    }

    @Override
    public void markRead(String id) {
        backend.markRead(user.authentication(), id);
        changed();
    }

    @Override
    public void markAllRead() {
        backend.markAllRead(user.authentication());
        changed();
    }

    /** Something new or read: read the count again and tell the bell. */
    public void changed() {
        refresh();
        listeners.forEach(Runnable::run);
    }

    private void refresh() {
        try {
            unread = backend.notifications(user.authentication(), 1, 0).unreadCount();
        } catch (RuntimeException unavailable) {
            unread = -1; // a bell never breaks the page: it shows nothing now and asks again next time
        }
    }
}
