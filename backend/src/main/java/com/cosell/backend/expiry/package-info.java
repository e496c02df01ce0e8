/** The scheduled expiry of unanswered referrals; safe on every instance at once. */
@NullMarked
package com.cosell.backend.expiry;

import org.jspecify.annotations.NullMarked;
