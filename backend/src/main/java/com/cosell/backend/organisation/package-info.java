@NullMarked
package com.cosell.backend.organisation;

import org.jspecify.annotations.NullMarked;
