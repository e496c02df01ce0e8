/** The scheduled expiry of unanswered referrals and the reminders before it; safe on every instance at once. */
@NullMarked
package com.cosell.backend.expiry;

import org.jspecify.annotations.NullMarked;
