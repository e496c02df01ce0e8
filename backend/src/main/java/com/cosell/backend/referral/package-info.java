@NullMarked
package com.cosell.backend.referral;

import org.jspecify.annotations.NullMarked;
