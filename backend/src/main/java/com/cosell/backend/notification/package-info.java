/**
 * Notifications per organization with per-user read state, written in the transaction of their cause,
 * and the rules that raise them and say who they concern.
 */
@NullMarked
package com.cosell.backend.notification;

import org.jspecify.annotations.NullMarked;
