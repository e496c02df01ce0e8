@NullMarked
package com.cosell.frontend.security;

import org.jspecify.annotations.NullMarked;
