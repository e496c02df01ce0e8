@NullMarked
package com.cosell.frontend.i18n;

import org.jspecify.annotations.NullMarked;
