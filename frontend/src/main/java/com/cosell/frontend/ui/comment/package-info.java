/** A referral's comment thread on its page: internal comments and messages to the other party. */
@NullMarked
package com.cosell.frontend.ui.comment;

import org.jspecify.annotations.NullMarked;
