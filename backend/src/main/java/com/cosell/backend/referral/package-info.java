/**
 * Referrals and deal registrations: queries, creation, changes, history, the tally, over the {@code
 * api} module's wire model; {@code referral.domain} holds the lifecycle.
 */
@NullMarked
package com.cosell.backend.referral;

import org.jspecify.annotations.NullMarked;
