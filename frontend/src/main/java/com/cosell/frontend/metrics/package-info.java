/** What operators see of the workspace: Vaadin sessions and UIs beside Micrometer's, for the scrape account only. */
@NullMarked
package com.cosell.frontend.metrics;

import org.jspecify.annotations.NullMarked;
