/** Duplicates and conflicts as the API shows them: an organization's deals on the same customer, and the vendor's conflicts. */
@NullMarked
package com.cosell.api.duplicate;

import org.jspecify.annotations.NullMarked;
