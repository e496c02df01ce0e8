package com.cosell.api.event;

import org.jspecify.annotations.Nullable;

/** One changed value of a referral: its JSON path, before and after. */
public record Change(
        String path, @Nullable Object from, @Nullable Object to) {}
