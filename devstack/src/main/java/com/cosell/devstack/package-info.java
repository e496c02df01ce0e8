/** The local stack behind {@code ./cosell run}, also started by the end-to-end tests. */
@NullMarked
package com.cosell.devstack;

import org.jspecify.annotations.NullMarked;
