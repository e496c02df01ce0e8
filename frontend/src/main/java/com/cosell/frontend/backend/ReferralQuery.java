package com.cosell.frontend.backend;

import org.jspecify.annotations.Nullable;

/** An OData list request: the filter and order are OData text, built by the caller. */
public record ReferralQuery(
        @Nullable String filter, @Nullable String orderBy, int top, int skip, boolean count) {}
