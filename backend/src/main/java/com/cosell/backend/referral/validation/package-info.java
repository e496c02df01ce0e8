/** The rules a referral's content must meet on creation and on every change, with the messages a caller sees, one home each. */
@NullMarked
package com.cosell.backend.referral.validation;

import org.jspecify.annotations.NullMarked;
