@NullMarked
package com.cosell.frontend.ui.common;

import org.jspecify.annotations.NullMarked;
