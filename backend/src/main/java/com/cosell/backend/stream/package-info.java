/**
 * The WebSocket event stream: a gap-free, ordered read of the event log, woken by LISTEN/NOTIFY,
 * fanned out to subscribers by organization, with presence on request.
 */
@NullMarked
package com.cosell.backend.stream;

import org.jspecify.annotations.NullMarked;
