/**
 * Notifications by email: the people concerned ({@code person}, kept from their tokens), their
 * preferences, the outbox written in the notification's transaction, the unsubscribe link; {@code
 * mail.sending} sends the outbox over SMTP (leased, retried, digests).
 */
@NullMarked
package com.cosell.backend.mail;

import org.jspecify.annotations.NullMarked;
