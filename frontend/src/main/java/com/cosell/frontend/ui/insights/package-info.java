/** Insights: the organization's figures for a period, as charts drawn on the server and as tables. */
@NullMarked
package com.cosell.frontend.ui.insights;

import org.jspecify.annotations.NullMarked;
