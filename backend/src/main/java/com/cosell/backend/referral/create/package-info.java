/** Creating a deal and inviting parties to it: the sender's referral, each invitee's received copy in the same engagement, and withdrawing an unanswered invitation. */
@NullMarked
package com.cosell.backend.referral.create;

import org.jspecify.annotations.NullMarked;
