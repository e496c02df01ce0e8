/** The catalogue as the API shows it: the customer directory's entities and the solutions a deal names. */
@NullMarked
package com.cosell.api.catalogue;

import org.jspecify.annotations.NullMarked;
