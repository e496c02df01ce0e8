/**
 * Referrals and deal registrations. The module's API is this package: {@code ReferralService} and the
 * shapes it answers with, over the {@code api} module's wire model, and the controllers. Its nested
 * packages are its internals, one per use case: {@code query}, {@code create}, {@code change},
 * {@code registration}, with {@code validation} (the content rules), {@code store} (the table, its
 * events and tally) and {@code domain} (the lifecycle, plain Java).
 */
@NullMarked
package com.cosell.backend.referral;

import org.jspecify.annotations.NullMarked;
