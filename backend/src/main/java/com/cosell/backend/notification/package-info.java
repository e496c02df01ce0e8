/** Notifications per organisation with per-user read state, written in the transaction of their cause. */
@NullMarked
package com.cosell.backend.notification;

import org.jspecify.annotations.NullMarked;
