/**
 * A referral's comment thread: internal comments (the author's organization only) and messages to
 * the other parties of the engagement, with mentions that notify, edits and deletions that leave a
 * trace, each change written with its events in one transaction.
 */
@NullMarked
package com.cosell.backend.comment;

import org.jspecify.annotations.NullMarked;
