/** The event log: event types, changes, written in the transaction of their cause. */
@NullMarked
package com.cosell.backend.event;

import org.jspecify.annotations.NullMarked;
