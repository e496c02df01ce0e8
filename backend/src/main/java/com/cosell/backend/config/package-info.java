/** The injectable clock, the OpenAPI description, {@code RepeatingJob} for schedules on every instance. */
@NullMarked
package com.cosell.backend.config;

import org.jspecify.annotations.NullMarked;
