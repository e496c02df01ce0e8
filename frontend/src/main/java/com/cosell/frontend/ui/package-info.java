@NullMarked
package com.cosell.frontend.ui;

import org.jspecify.annotations.NullMarked;
