@NullMarked
package com.cosell.frontend.ui.create;

import org.jspecify.annotations.NullMarked;
