/** Who else has a referral open right now, across every frontend and backend instance. */
@NullMarked
package com.cosell.frontend.presence;

import org.jspecify.annotations.NullMarked;
