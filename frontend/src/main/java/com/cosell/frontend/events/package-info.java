@NullMarked
package com.cosell.frontend.events;

import org.jspecify.annotations.NullMarked;
