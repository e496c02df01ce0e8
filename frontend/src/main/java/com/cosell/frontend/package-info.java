@NullMarked
package com.cosell.frontend;

import org.jspecify.annotations.NullMarked;
