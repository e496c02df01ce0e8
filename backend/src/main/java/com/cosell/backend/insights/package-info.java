/**
 * Insights: an organization's funnel, times to accept and to win, outcomes with their reasons, win
 * rate and value by solution, country and month, and the vendor's partners' response times — read
 * from per-month tallies the database keeps with every referral change (changeset 022).
 */
@NullMarked
package com.cosell.backend.insights;

import org.jspecify.annotations.NullMarked;
