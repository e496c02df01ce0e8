/**
 * Notifications by email: the people concerned and their preferences, the outbox written in the
 * notification's transaction, and the unsubscribe link; {@code mail.sending} sends the outbox.
 */
@NullMarked
package com.cosell.backend.mail;

import org.jspecify.annotations.NullMarked;
