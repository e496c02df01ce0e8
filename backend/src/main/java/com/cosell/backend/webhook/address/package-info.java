/** Which URLs a webhook may target: checked when registered, and again on every connection. */
@NullMarked
package com.cosell.backend.webhook.address;

import org.jspecify.annotations.NullMarked;
