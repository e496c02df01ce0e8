package com.cosell.api.catalogue;

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
        @Nullable String size) {

    /** "100 Teheran-ro, Seoul, KR": how the entity is told apart from others of the same name. */
    public String addressLine() {
        StringBuilder s = new StringBuilder();
        if (addressLine1 != null && !addressLine1.isBlank()) {
            s.append(addressLine1).append(", ");
        }
        return s.append(city).append(", ").append(country).toString();
    }
}
