@NullMarked
package com.cosell.frontend.ui.detail;

import org.jspecify.annotations.NullMarked;
