/** The organizations registered on the server, and the caller's; the API and the code spell it with a z. */
@NullMarked
package com.cosell.backend.organization;

import org.jspecify.annotations.NullMarked;
