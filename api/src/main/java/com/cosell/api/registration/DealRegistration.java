package com.cosell.api.registration;

import com.cosell.api.referral.Referral;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A won deal registered for the vendor's review: what the reviewing seller sees of the partner's deal.
 *
 * @param status     where the vendor's review stands
 * @param term       {@code Finite} (with {@code termMonths}, start and end) or {@code Perpetual}
 * @param termMonths absent for a perpetual contract (registered through Partner Center's API)
 */
public record DealRegistration(
        UUID id,
        UUID referralId,
        String organizationId,
        Status status,
        String dealName,
        @Nullable String customerName,
        String solutions,
        BigDecimal contractValue,
        String currency,
        Instant signedDateTime,
        @Nullable Integer termMonths,
        String term,
        @Nullable Instant startDateTime,
        @Nullable Instant endDateTime,
        List<JsonNode> solutionDetails,
        @Nullable String reviewComment,
        Instant submittedDateTime,
        @Nullable Instant reviewedDateTime,
        @Nullable String reviewerName) {

    /** Where a registration's review stands; Partner Center's names. */
    public enum Status {
        /** Waiting for a seller's review. */
        ReviewPending,
        Approved,
        Rejected,
        /** Sent back to the partner, who resubmits it. */
        ActionRequired
    }

    public static final String FINITE = "Finite";
    public static final String PERPETUAL = "Perpetual";

    /**
     * What a partner sends to register a won deal: Co-sell's own form ({@code contractValue},
     * {@code currency}, {@code signedDateTime}, {@code termMonths}) or, through a JSON Patch of the
     * referral, Partner Center's ({@link PartnerCenterForm}).
     */
    public record Submission(
            @Nullable BigDecimal contractValue,
            @Nullable String currency,
            @Nullable Instant signedDateTime,
            @Nullable Integer termMonths,
            @Nullable String term,
            @Nullable Instant startDateTime,
            @Nullable Instant endDateTime,
            @Nullable List<JsonNode> solutionDetails) {

        /** Co-sell's own form: the contract's value, its currency, when it was signed, for how many months. */
        public static Submission of(BigDecimal contractValue, String currency, Instant signedDateTime, int termMonths) {
            return new Submission(contractValue, currency, signedDateTime, termMonths, null, null, null, null);
        }
    }

    /** Partner Center's {@code add /registrations/-} value. {@code type} is always {@code AzureIPCoSell}. */
    public record PartnerCenterForm(
            @Nullable String type,
            Referral.@Nullable Contract contract,
            @Nullable List<JsonNode> solutionDetails) {

        public Submission submission() {
            Referral.Contract c = contract;
            return new Submission(
                    c == null ? null : c.value(),
                    c == null ? null : c.currency(),
                    c == null ? null : c.signDateTime(),
                    null,
                    c == null ? null : c.term(),
                    c == null ? null : c.startDateTime(),
                    c == null ? null : c.endDateTime(),
                    solutionDetails);
        }
    }

    /** A seller's verdict; a comment is required unless approving. */
    public record Review(@Nullable String status, @Nullable String reviewComment) {}

    /** The registration as Partner Center shows it on the referral. */
    public Referral.Registration asReferralEntry() {
        boolean reviewed = reviewedDateTime != null;
        return new Referral.Registration(
                id,
                "AzureIPCoSell",
                submittedDateTime,
                status.name(),
                reviewComment,
                new Referral.Contract(contractValue, currency, startDateTime, endDateTime, signedDateTime, term),
                solutionDetails,
                new Referral.StatusHistory(
                        submittedDateTime,
                        reviewed && status == Status.ActionRequired ? reviewedDateTime : null,
                        reviewed && status == Status.Approved ? reviewedDateTime : null,
                        reviewed && status == Status.Rejected ? reviewedDateTime : null));
    }
}
