/** The organizations registered on the server, and the caller's. */
@NullMarked
package com.cosell.backend.organization;

import org.jspecify.annotations.NullMarked;
