package com.cosell.backend.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the caller's notifications, newest first, with the caller's unread count. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NotificationPage(
        long unreadCount,
        List<Notification> value,
        @JsonProperty("@odata.nextLink") @Nullable String nextLink) {}
