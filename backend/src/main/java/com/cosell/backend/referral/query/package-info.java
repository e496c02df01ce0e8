/** Reading referrals: the caller's page, one referral with its parties and history, each shown as the caller may see it (favourite, eTag, links). */
@NullMarked
package com.cosell.backend.referral.query;

import org.jspecify.annotations.NullMarked;
