/**
 * Referrals and deal registrations: queries, creation, changes, history, the tally; {@code
 * referral.domain} holds the lifecycle.
 */
@NullMarked
package com.cosell.backend.referral;

import org.jspecify.annotations.NullMarked;
