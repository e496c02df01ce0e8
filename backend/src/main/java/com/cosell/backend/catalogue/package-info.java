/**
 * Customers, solutions and the co-sell directory of partners (with their co-sell-ready solutions) that
 * the create and invite flows choose from.
 */
@NullMarked
package com.cosell.backend.catalogue;

import org.jspecify.annotations.NullMarked;
