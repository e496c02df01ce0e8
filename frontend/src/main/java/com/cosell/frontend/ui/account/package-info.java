/** The signed-in person's own settings: their mail preferences. */
@NullMarked
package com.cosell.frontend.ui.account;

import org.jspecify.annotations.NullMarked;
