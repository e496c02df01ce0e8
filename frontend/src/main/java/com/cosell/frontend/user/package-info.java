@NullMarked
package com.cosell.frontend.user;

import org.jspecify.annotations.NullMarked;
