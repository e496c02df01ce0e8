package com.cosell.backend.referral.domain;

import com.cosell.api.referral.Stage;
import com.cosell.backend.referral.domain.Decision.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The referral state machine. {@code New/Received → Active/Accepted | Closed/Declined |
 * Closed/Expired (system only)}, {@code Active/Accepted → Closed/Won | Closed/Lost}; closed is final.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** Where a person may move a referral from {@code stage}. */
    public static Set<Stage> allowedTargets(Stage stage) {
        return switch (stage) {
            case RECEIVED -> EnumSet.of(Stage.ACCEPTED, Stage.DECLINED);
            case ACCEPTED -> EnumSet.of(Stage.WON, Stage.LOST);
            case DECLINED, EXPIRED, WON, LOST -> EnumSet.noneOf(Stage.class);
        };
    }

    /**
     * The one stage referrals expire from: the system's {@link Transition.Expire} (see {@link #decide})
     * once its expiry has come. The expiry job asks this class what expiring is and applies it to
     * whole batches at once.
     */
    public static final Stage EXPIRES_FROM = Stage.RECEIVED;

    /**
     * @param expiresAt when an unanswered referral expires (null: never)
     * @param bySystem  true for the expiry job, false for a person
     */
    public static Decision decide(
            Stage from, Transition transition, Instant now, @Nullable Instant expiresAt, boolean bySystem) {
        if (from.isClosed()) {
            return new Decision.Refused(
                    "The referral is closed (" + from + ") and can no longer change.", allowedTargets(from));
        }
        boolean expired = from == EXPIRES_FROM && expiresAt != null && !now.isBefore(expiresAt);
        return switch (transition) {
            case Transition.Expire e -> {
                if (!bySystem) {
                    yield refuse(from, "Only the system expires referrals.");
                }
                yield expired
                        ? new Decision.Allowed(Stage.EXPIRED)
                        : refuse(from, "The referral is not due to expire.");
            }
            case Transition.Accept a ->
                from != Stage.RECEIVED
                        ? refuse(from, "Only a received referral can be accepted.")
                        : expired ? expiredRefusal(expiresAt) : checked(Stage.ACCEPTED, accept(a, now));
            case Transition.Decline d ->
                from != Stage.RECEIVED
                        ? refuse(from, "Only a received referral can be declined.")
                        : expired ? expiredRefusal(expiresAt) : checked(Stage.DECLINED, reason(d.reason(), d.notes()));
            case Transition.Win w ->
                from != Stage.ACCEPTED
                        ? refuse(from, "Only an accepted referral can be won.")
                        : new Decision.Allowed(Stage.WON);
            case Transition.Lose l ->
                from != Stage.ACCEPTED
                        ? refuse(from, "Only an accepted referral can be lost.")
                        : checked(Stage.LOST, reason(l.reason(), l.notes()));
        };
    }

    private static Decision refuse(Stage from, String why) {
        return new Decision.Refused(why, allowedTargets(from));
    }

    private static Decision expiredRefusal(Instant expiresAt) {
        return new Decision.Refused(
                "The referral expired at " + expiresAt + " and can no longer be answered.",
                EnumSet.noneOf(Stage.class));
    }

    private static Decision checked(Stage to, List<Violation> violations) {
        return violations.isEmpty() ? new Decision.Allowed(to) : new Decision.Invalid(List.copyOf(violations));
    }

    /** What accepting requires: the deal's name, value and currency, and a close date not in the past. */
    public static List<Violation> accept(Transition.Accept a, Instant now) {
        List<Violation> v = new ArrayList<>();
        if (a.dealName() == null || a.dealName().isBlank()) {
            v.add(new Violation("name", "A deal name is required."));
        }
        v.addAll(money(a.dealValue(), a.currency()));
        v.addAll(closeDate(a.closingDateTime(), now));
        return v;
    }

    /** An estimated close date is required and not in the past (a day of slack for time zones). */
    public static List<Violation> closeDate(@Nullable Instant closing, Instant now) {
        if (closing == null) {
            return List.of(new Violation("details/closingDateTime", "An estimated close date is required."));
        }
        return closing.isBefore(now.minus(Duration.ofDays(1)))
                ? List.of(new Violation("details/closingDateTime", "The estimated close date must not be in the past."))
                : List.of();
    }

    /** A positive value in an ISO 4217 currency. */
    public static List<Violation> money(@Nullable BigDecimal value, @Nullable String currency) {
        List<Violation> v = new ArrayList<>();
        if (value == null) {
            v.add(new Violation("details/dealValue", "An estimated deal value is required."));
        } else if (value.signum() <= 0) {
            v.add(new Violation("details/dealValue", "The deal value must be greater than 0."));
        } else if (value.scale() > 2 || value.precision() - value.scale() > 16) {
            v.add(new Violation("details/dealValue", "The deal value has too many digits."));
        }
        if (currency == null || !isCurrency(currency)) {
            v.add(new Violation("details/currency", "An ISO 4217 currency code (such as USD or KRW) is required."));
        }
        return v;
    }

    /**
     * A decline or loss needs a reason: one of the codes the workspace offers, or (as Partner Center
     * allows: "a descriptive message") the client's own words, kept as given.
     */
    private static List<Violation> reason(@Nullable String reason, @Nullable String notes) {
        List<Violation> v = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            v.add(new Violation(
                    "statusReason", "A reason is required: one of " + CloseReason.names() + ", or your own words."));
        } else if (reason.length() > REASON_MAX) {
            v.add(new Violation("statusReason", "At most " + REASON_MAX + " characters."));
        } else if (CloseReason.Other.name().equals(reason) && (notes == null || notes.isBlank())) {
            v.add(new Violation("details/notes", "Say why in the notes when the reason is Other."));
        }
        return v;
    }

    static final int REASON_MAX = 1000;

    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
