/** Webhooks as the API shows them: the attempts of a subscription's delivery log. */
@NullMarked
package com.cosell.api.webhook;

import org.jspecify.annotations.NullMarked;
