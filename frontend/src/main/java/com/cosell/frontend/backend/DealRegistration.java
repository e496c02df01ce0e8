package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A won deal registered for the vendor's review ({@code /v1.0/registrations}). {@code termMonths} is
 * absent for a perpetual contract (registered through Partner Center's API).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealRegistration(
        String id,
        String referralId,
        String organizationId,
        String status,
        String dealName,
        @Nullable String customerName,
        String solutions,
        BigDecimal contractValue,
        String currency,
        Instant signedDateTime,
        @Nullable Integer termMonths,
        @Nullable String reviewComment,
        Instant submittedDateTime,
        @Nullable Instant reviewedDateTime,
        @Nullable String reviewerName) {

    /** What the partner submits. */
    public record Submission(BigDecimal contractValue, String currency, Instant signedDateTime, int termMonths) {}
}
