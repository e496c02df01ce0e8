@NullMarked
package com.cosell.backend.config;

import org.jspecify.annotations.NullMarked;
