/** Reading referrals: the caller's page and one referral as the stored JSON with the reader's parts appended (one statement), its parties and history, each shown as the caller may see it (favourite, owner, eTag, links). */
@NullMarked
package com.cosell.backend.referral.query;

import org.jspecify.annotations.NullMarked;
