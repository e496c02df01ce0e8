package com.cosell.backend.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderWindow a received referral that will expire within this window gets one
 *                       {@link NotificationKind#EXPIRING_SOON} reminder to its organization
 */
@ConfigurationProperties("cosell.notifications")
public record NotificationProperties(@DefaultValue("PT48H") Duration reminderWindow) {}
