/** Notifications per organization with per-user read state, written in the transaction of their cause. */
@NullMarked
package com.cosell.backend.notification;

import org.jspecify.annotations.NullMarked;
