/** The referral lifecycle: plain Java, no framework, so it can be reasoned about and tested exhaustively. */
@NullMarked
package com.cosell.backend.referral.domain;

import org.jspecify.annotations.NullMarked;
