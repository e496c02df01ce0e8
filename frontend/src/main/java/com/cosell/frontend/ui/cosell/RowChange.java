package com.cosell.frontend.ui.cosell;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralBuilder;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.events.ReferralChange.FieldChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A list row brought up to date from live changes alone, when they say all that changed in it: every
 * field the row shows that they touch is one set here, and the row holds the value each change started
 * from. Then no tab reads the referral again (with hundreds of tabs open, that read was the wait
 * before any of them could redraw: bench/vaadin). Anything else — another party's stage, the owner,
 * a row that missed a change or already has a later one — is read from the backend instead.
 */
final class RowChange {

    /** The row's fields a change may set here, by the path the event gives them. */
    private static final Set<String> SET_HERE = Set.of(
            "/name",
            "/status",
            "/substatus",
            "/expirationDateTime",
            "/customerProfile/name",
            "/details/dealValue",
            "/details/currency",
            "/details/closingDateTime");

    /** Everything else the row shows ({@code Referrals.listRow}): a change to it is read. */
    private static final List<String> SHOWN_ELSEWHERE = List.of(
            "/id",
            "/engagementId",
            "/organizationId",
            "/organizationName",
            "/type",
            "/direction",
            "/owner",
            "/target",
            "/relatedParties",
            "/relatedReferrals");

    private RowChange() {}

    /** The row after {@code changes} (of its referral, in order), or empty when it must be read. */
    static Optional<Referral> apply(Referral row, List<ReferralChange> changes) {
        Referral next = row;
        for (ReferralChange change : changes) {
            if (change.type() != EventType.REFERRAL_UPDATED || change.changes().isEmpty()) { // nothing said: read
                return Optional.empty();
            }
            for (FieldChange field : change.changes()) {
                if (field.path().equals("/status")) {
                    continue; // follows from the substatus: checked below
                }
                if (SET_HERE.contains(field.path())) {
                    Optional<Referral> set = set(next, field);
                    if (set.isEmpty()) {
                        return Optional.empty();
                    }
                    next = set.get();
                } else if (touchesShown(field.path())) {
                    return Optional.empty();
                }
            }
            Referral changed = next;
            if (!change.changes().stream()
                    .filter(f -> f.path().equals("/status"))
                    .allMatch(f ->
                            changed.status() != null && changed.status().name().equals(f.to()))) {
                return Optional.empty();
            }
            next = next.toBuilder().updatedDateTime(change.at()).build(); // the event is dated as the write
        }
        return Optional.of(next);
    }

    /** A path at or under a shown field, or above one (a whole object replaced). */
    private static boolean touchesShown(String path) {
        return Stream.concat(SET_HERE.stream(), SHOWN_ELSEWHERE.stream())
                .anyMatch(f -> path.equals(f) || path.startsWith(f + "/") || f.startsWith(path + "/"));
    }

    private static Optional<Referral> set(Referral r, FieldChange f) {
        Referral.@Nullable Details d = r.details();
        @Nullable CustomerProfile c = r.customerProfile();
        @Nullable BigDecimal value = d == null ? null : d.dealValue();
        @Nullable String currency = d == null ? null : d.currency();
        @Nullable Instant closing = d == null ? null : d.closingDateTime();
        return switch (f.path()) {
            case "/name" -> when(r.name(), f, v -> r.toBuilder().name(text(v)));
            // The substatus says the stage, status included (each substatus belongs to one); a stage
            // unknown here is read.
            case "/substatus" ->
                when(r.substatus(), f, v -> {
                    Stage stage = Stage.ofSubstatus(v).orElseThrow();
                    return r.toBuilder().status(stage.status()).substatus(stage.substatus());
                });
            case "/expirationDateTime" ->
                when(r.expirationDateTime(), f, v -> r.toBuilder().expirationDateTime(instant(v)));
            case "/customerProfile/name" ->
                when(c == null ? null : c.name(), f, v -> r.toBuilder().customerProfile(customer(text(v))));
            case "/details/dealValue" ->
                when(value, f, v -> r.toBuilder().details(details(decimal(v), currency, closing)));
            case "/details/currency" -> when(currency, f, v -> r.toBuilder().details(details(value, text(v), closing)));
            case "/details/closingDateTime" ->
                when(closing, f, v -> r.toBuilder().details(details(value, currency, instant(v))));
            default -> Optional.empty();
        };
    }

    /** The change applied when the row holds the value it started from; a value it cannot read is read. */
    private static Optional<Referral> when(
            @Nullable Object shown, FieldChange f, Function<@Nullable Object, ReferralBuilder> to) {
        try {
            return same(shown, f.from()) ? Optional.of(to.apply(f.to()).build()) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean same(@Nullable Object shown, @Nullable Object from) {
        if (shown == null || from == null) {
            return shown == null && from == null;
        }
        return switch (shown) {
            case BigDecimal n -> n.compareTo(decimal(from)) == 0;
            case Instant at -> at.equals(instant(from));
            case Enum<?> e -> e.name().equals(from.toString());
            default -> shown.equals(from.toString());
        };
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    private static CustomerProfile customer(@Nullable String name) {
        return new CustomerProfile(name, null, null, null, null);
    }

    /** Only what a row shows ({@code Referrals.listRow}). */
    private static Referral.Details details(
            @Nullable BigDecimal value, @Nullable String currency, @Nullable Instant closing) {
        return new Referral.Details(null, value, currency, closing, null, null, null);
    }
}
