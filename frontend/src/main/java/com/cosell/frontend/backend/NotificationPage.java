package com.cosell.frontend.backend;

import java.util.List;

/** A page of the user's notifications and how many are unread in all. */
public record NotificationPage(int unreadCount, List<Notification> value) {}
