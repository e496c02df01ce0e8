@NullMarked
package com.cosell.frontend.ui.send;

import org.jspecify.annotations.NullMarked;
