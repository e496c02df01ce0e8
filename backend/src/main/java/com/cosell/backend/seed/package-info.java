/** The demo data set of the local stack: a customer directory and referrals in every stage. */
@NullMarked
package com.cosell.backend.seed;

import org.jspecify.annotations.NullMarked;
