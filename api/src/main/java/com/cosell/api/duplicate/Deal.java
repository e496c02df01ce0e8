package com.cosell.api.duplicate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's organization's deals as the duplicate panel lists it.
 *
 * @param match how it matches the customer asked about: {@code Duns} or {@code Name} (null for a link)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deal(
        UUID id,
        String name,
        @Nullable String customerName,
        @Nullable String country,
        @Nullable String duns,
        String status,
        String substatus,
        Instant updatedDateTime,
        @Nullable String match) {}
