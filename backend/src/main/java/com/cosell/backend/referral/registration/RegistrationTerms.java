package com.cosell.backend.referral.registration;

import com.cosell.api.registration.DealRegistration;
import com.cosell.backend.referral.domain.Lifecycle;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract terms of a registration, checked and completed: a Finite contract has a start, an
 * end and the months between them (either given), a Perpetual one has none.
 */
record RegistrationTerms(
        String term,
        @Nullable Integer months,
        @Nullable Instant start,
        @Nullable Instant end) {

    static final int MAX_SOLUTION_DETAILS = 20;

    /** The errors of a submission, named as the form it came in names its fields. */
    static List<FieldError> check(DealRegistration.Submission s, Instant now, boolean partnerCenterForm) {
        String value = partnerCenterForm ? "contract/value" : "contractValue";
        String currency = partnerCenterForm ? "contract/currency" : "currency";
        String signed = partnerCenterForm ? "contract/signDateTime" : "signedDateTime";
        List<FieldError> errors = new ArrayList<>();
        Lifecycle.money(s.contractValue(), s.currency())
                .forEach(v -> errors.add(new FieldError(
                        v.field().replace("details/dealValue", value).replace("details/currency", currency),
                        v.message())));
        if (s.signedDateTime() == null) {
            errors.add(new FieldError(signed, "The date the contract was signed is required."));
        } else if (s.signedDateTime().isAfter(now.plus(Duration.ofDays(1)))) {
            errors.add(new FieldError(signed, "A contract cannot be signed in the future."));
        }
        String term = s.term() == null ? DealRegistration.FINITE : s.term();
        if (!term.equals(DealRegistration.FINITE) && !term.equals(DealRegistration.PERPETUAL)) {
            errors.add(new FieldError("contract/term", "The term is Finite or Perpetual, not '" + term + "'."));
        } else if (term.equals(DealRegistration.PERPETUAL) && s.termMonths() != null) {
            errors.add(new FieldError("termMonths", "A perpetual contract has no term in months."));
        } else if (term.equals(DealRegistration.FINITE)) {
            Integer months = months(s);
            if (s.termMonths() == null && (s.startDateTime() == null || s.endDateTime() == null)) {
                errors.add(new FieldError(
                        partnerCenterForm ? "contract/endDateTime" : "termMonths",
                        "A finite contract needs its term: the start and end dates, or the months."));
            } else if (s.startDateTime() != null
                    && s.endDateTime() != null
                    && !s.endDateTime().isAfter(s.startDateTime())) {
                errors.add(new FieldError("contract/endDateTime", "The contract must end after it starts."));
            } else if (months == null || months < 1 || months > 120) {
                errors.add(new FieldError(
                        partnerCenterForm ? "contract/endDateTime" : "termMonths",
                        "The contract term is 1 to 120 months."));
            }
        }
        if (s.solutionDetails() != null && s.solutionDetails().size() > MAX_SOLUTION_DETAILS) {
            errors.add(new FieldError("solutionDetails", "At most " + MAX_SOLUTION_DETAILS + " solutions."));
        }
        return errors;
    }

    /** The completed terms of a submission {@link #check} found valid. */
    static RegistrationTerms of(DealRegistration.Submission s) {
        if (DealRegistration.PERPETUAL.equals(s.term())) {
            return new RegistrationTerms(
                    DealRegistration.PERPETUAL,
                    null,
                    s.startDateTime() == null ? s.signedDateTime() : s.startDateTime(),
                    null);
        }
        Integer months = months(s);
        Instant start = s.startDateTime() != null ? s.startDateTime() : s.signedDateTime();
        Instant end = s.endDateTime() != null
                ? s.endDateTime()
                : start.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
        return new RegistrationTerms(DealRegistration.FINITE, months, start, end);
    }

    /** Months from start to end, a started month counting whole. */
    private static @Nullable Integer months(DealRegistration.Submission s) {
        if (s.termMonths() != null) {
            return s.termMonths();
        }
        if (s.startDateTime() == null || s.endDateTime() == null) {
            return null;
        }
        var start = s.startDateTime().atOffset(ZoneOffset.UTC);
        var end = s.endDateTime().atOffset(ZoneOffset.UTC);
        long whole = ChronoUnit.MONTHS.between(start, end);
        return (int) Math.min(Integer.MAX_VALUE, start.plusMonths(whole).isBefore(end) ? whole + 1 : whole);
    }
}
