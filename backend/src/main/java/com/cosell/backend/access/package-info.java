@NullMarked
package com.cosell.backend.access;

import org.jspecify.annotations.NullMarked;
