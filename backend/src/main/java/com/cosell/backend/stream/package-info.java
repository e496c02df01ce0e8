/**
 * The event stream: a gap-free, ordered read of the event table, woken by LISTEN/NOTIFY, fanned out
 * to WebSocket subscribers by organization.
 */
@NullMarked
package com.cosell.backend.stream;

import org.jspecify.annotations.NullMarked;
