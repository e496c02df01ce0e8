/** Who else has a referral open right now, within this frontend. */
@NullMarked
package com.cosell.frontend.presence;

import org.jspecify.annotations.NullMarked;
