@NullMarked
package com.cosell.backend;

import org.jspecify.annotations.NullMarked;
