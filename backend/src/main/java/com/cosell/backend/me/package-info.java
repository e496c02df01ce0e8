@NullMarked
package com.cosell.backend.me;

import org.jspecify.annotations.NullMarked;
