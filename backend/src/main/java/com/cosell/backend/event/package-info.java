@NullMarked
package com.cosell.backend.event;

import org.jspecify.annotations.NullMarked;
