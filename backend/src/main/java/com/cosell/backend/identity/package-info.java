@NullMarked
package com.cosell.backend.identity;

import org.jspecify.annotations.NullMarked;
