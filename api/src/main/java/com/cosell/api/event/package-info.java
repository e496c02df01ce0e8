/** The names of the events the API streams and its webhooks deliver. */
@NullMarked
package com.cosell.api.event;

import org.jspecify.annotations.NullMarked;
