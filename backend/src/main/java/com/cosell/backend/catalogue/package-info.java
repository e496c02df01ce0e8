/** Solutions that deals are about, and the customer directory the create flow searches. */
@NullMarked
package com.cosell.backend.catalogue;

import org.jspecify.annotations.NullMarked;
