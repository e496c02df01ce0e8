/** Which URLs a webhook may target: checked when registered, and again on every connection. */
@NullMarked
package com.cosell.backend.webhook.target;

import org.jspecify.annotations.NullMarked;
