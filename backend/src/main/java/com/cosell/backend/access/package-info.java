/**
 * Who may do what: {@code AccessControl} turns a {@code Caller} into an {@code Actor} with a
 * permission.
 */
@NullMarked
package com.cosell.backend.access;

import org.jspecify.annotations.NullMarked;
