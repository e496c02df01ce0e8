/** Changing a referral, in the steps a reader can follow: guard the server-owned fields, decide the transition, validate, persist with its events, tell the other parties. */
@NullMarked
package com.cosell.backend.referral.change;

import org.jspecify.annotations.NullMarked;
