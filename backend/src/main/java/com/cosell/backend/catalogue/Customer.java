package com.cosell.backend.catalogue;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A business entity of the customer directory; the D-U-N-S number tells apart entities at one address. */
public record Customer(
        UUID id,
        String name,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        String city,
        @Nullable String state,
        @Nullable String postalCode,
        String country,
        @Nullable String region,
        @Nullable String duns,
        @Nullable String size) {}
