/** Rate limits per organisation and user, shared by every instance through PostgreSQL. */
@NullMarked
package com.cosell.backend.limit;

import org.jspecify.annotations.NullMarked;
