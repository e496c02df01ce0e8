/** A referral's comment thread as the API shows it: comments, mentions, the channels and who may be mentioned. */
@NullMarked
package com.cosell.api.comment;

import org.jspecify.annotations.NullMarked;
