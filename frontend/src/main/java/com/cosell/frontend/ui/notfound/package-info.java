/** The app's own page for an address that leads nowhere: an unknown route or a referral id that cannot be one. */
@NullMarked
package com.cosell.frontend.ui.notfound;

import org.jspecify.annotations.NullMarked;
