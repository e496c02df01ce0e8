/** The referral table and what is written with it: rows and their versions, the events of each change, the tally of counts by stage. */
@NullMarked
package com.cosell.backend.referral.store;

import org.jspecify.annotations.NullMarked;
