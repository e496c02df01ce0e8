package com.cosell.backend.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A won deal registered for the vendor's review: what the reviewing seller sees of the partner's deal.
 *
 * @param status {@code ReviewPending}, {@code Approved}, {@code Rejected} or {@code ActionRequired}
 */
public record DealRegistration(UUID id, UUID referralId, String organizationId, String status, String dealName,
                               @Nullable String customerName, String solutions, BigDecimal contractValue,
                               String currency, Instant signedDateTime, int termMonths,
                               @Nullable String reviewComment, Instant submittedDateTime,
                               @Nullable Instant reviewedDateTime, @Nullable String reviewerName) {

    /** What a partner sends to register a won deal. */
    public record Submission(@Nullable BigDecimal contractValue, @Nullable String currency,
                             @Nullable Instant signedDateTime, @Nullable Integer termMonths) {
    }

    /** A seller's verdict; a comment is required unless approving. */
    public record Review(@Nullable String status, @Nullable String reviewComment) {
    }

    Referral.Registration asReferralEntry() {
        return new Referral.Registration(id, status, contractValue, currency, signedDateTime, termMonths,
                reviewComment, submittedDateTime, reviewedDateTime);
    }
}
