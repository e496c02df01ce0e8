/**
 * The event log: changes, written in the transaction of their cause (the event names are the {@code
 * api} module's {@code EventType}).
 */
@NullMarked
package com.cosell.backend.event;

import org.jspecify.annotations.NullMarked;
