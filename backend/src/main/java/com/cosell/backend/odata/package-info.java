/**
 * A safe subset of OData v4 {@code $filter} and {@code $orderby}, translated to parameterised SQL
 * and to an in-memory predicate that agree with each other. Framework-free on purpose: the API
 * layer and the event stream both use it.
 */
@NullMarked
package com.cosell.backend.odata;

import org.jspecify.annotations.NullMarked;
