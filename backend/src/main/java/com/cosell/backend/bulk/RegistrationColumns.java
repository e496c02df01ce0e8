package com.cosell.backend.bulk;

import com.cosell.api.registration.DealRegistration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The columns of the vendor's deal-registration export (read-only: reviews happen one at a time). */
final class RegistrationColumns {

    private record Column(String header, Function<DealRegistration, @Nullable Object> value) {}

    private static final List<Column> ALL = List.of(
            new Column("Registration ID", DealRegistration::id),
            new Column("Referral ID", DealRegistration::referralId),
            new Column("Partner", DealRegistration::organizationId),
            new Column("Status", DealRegistration::status),
            new Column("Deal name", DealRegistration::dealName),
            new Column("Customer name", DealRegistration::customerName),
            new Column("Solutions", DealRegistration::solutions),
            new Column("Contract value", r -> Cells.money(r.contractValue(), r.currency())),
            new Column("Signed date", r -> Cells.date(r.signedDateTime())),
            new Column("Term", DealRegistration::term),
            new Column("Term months", DealRegistration::termMonths),
            new Column("Start date", r -> Cells.date(r.startDateTime())),
            new Column("End date", r -> Cells.date(r.endDateTime())),
            new Column("Submitted", r -> Cells.instant(r.submittedDateTime())),
            new Column("Reviewed", r -> Cells.instant(r.reviewedDateTime())),
            new Column("Reviewer", DealRegistration::reviewerName),
            new Column("Review comment", DealRegistration::reviewComment));

    private RegistrationColumns() {}

    static List<@Nullable String> headers() {
        return ALL.stream().<@Nullable String>map(Column::header).toList();
    }

    static List<@Nullable String> row(DealRegistration r) {
        return ALL.stream()
                .<@Nullable String>map(c -> {
                    Object v = c.value().apply(r);
                    return v == null ? null : v.toString();
                })
                .toList();
    }
}
