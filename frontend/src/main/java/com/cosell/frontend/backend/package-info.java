@NullMarked
package com.cosell.frontend.backend;

import org.jspecify.annotations.NullMarked;
