@NullMarked
package com.cosell.frontend.ui.cosell;

import org.jspecify.annotations.NullMarked;
