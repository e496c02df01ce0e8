/**
 * {@code GET /v1.0/me}: who the caller is, their organization and roles.
 */
@NullMarked
package com.cosell.backend.me;

import org.jspecify.annotations.NullMarked;
