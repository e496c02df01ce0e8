/**
 * Reminders before a received referral expires, escalation of unanswered ones and alerts on stale
 * deals: each sent once (claimed in {@code reminder_sent}), safe on every instance at once.
 */
@NullMarked
package com.cosell.backend.reminder;

import org.jspecify.annotations.NullMarked;
