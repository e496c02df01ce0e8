/**
 * Duplicate and conflict detection: an organization's open deals on the same customer (same D-U-N-S,
 * or a similar normalised name in the same country), closing a referral as a duplicate of one of them
 * or linking it to one as the same customer, and the vendor's conflict flag when two partners work
 * the same customer. Only ever the caller's own organization's deals.
 */
@NullMarked
package com.cosell.backend.duplicate;

import org.jspecify.annotations.NullMarked;
