/** Sends the mail outbox over SMTP: leased claims, retries with backoff, digests, nothing sent twice. */
@NullMarked
package com.cosell.backend.mail.sending;

import org.jspecify.annotations.NullMarked;
