/** An organization's insights as the API shows them: funnel, durations, outcomes, groups and partners' answers. */
@NullMarked
package com.cosell.api.insights;

import org.jspecify.annotations.NullMarked;
