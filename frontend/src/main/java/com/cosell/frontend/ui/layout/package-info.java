@NullMarked
package com.cosell.frontend.ui.layout;

import org.jspecify.annotations.NullMarked;
