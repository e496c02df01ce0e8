package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.events.ReferralChange.FieldChange;
import com.cosell.frontend.support.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A row is redrawn from live changes alone only when they say all that changed in it. */
class RowChangeTest {

    private static final String R1 = Fixtures.id("r-1");
    private static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");
    /** Received, 125,000.50 USD, as the grid holds it. */
    private final Referral row = Referrals.listRow(Fixtures.received(R1, "Woodgrove migration"));

    private static ReferralChange updated(FieldChange... fields) {
        return new ReferralChange(9, EventType.REFERRAL_UPDATED, R1, null, AT, "Ana", List.of(fields));
    }

    private Optional<Referral> apply(ReferralChange... changes) {
        return RowChange.apply(row, List.of(changes));
    }

    @Test
    void aShownFieldChangedFromTheRowsValueIsSetAndTheRowDatedAsTheChange() {
        Referral next = apply(updated(new FieldChange("/details/dealValue", 125000.5, 99000)))
                .orElseThrow();

        assertThat(next.details().dealValue()).isEqualByComparingTo("99000");
        assertThat(next.details().currency()).isEqualTo("USD");
        assertThat(next.updatedDateTime()).isEqualTo(AT);
        assertThat(next.toBuilder()
                        .updatedDateTime(row.updatedDateTime())
                        .details(row.details())
                        .build())
                .as("nothing else changed")
                .isEqualTo(row);
    }

    @Test
    void changesOfOneBurstApplyInOrder() {
        Referral next = apply(
                        updated(new FieldChange("/name", "Woodgrove migration", "Woodgrove phase 2")),
                        updated(
                                new FieldChange("/details/dealValue", "125000.50", 7),
                                new FieldChange(
                                        "/details/closingDateTime",
                                        row.details().closingDateTime().toString(),
                                        "2027-03-01T00:00:00Z")),
                        updated(new FieldChange("/details/dealValue", 7, 8)))
                .orElseThrow();

        assertThat(next.name()).isEqualTo("Woodgrove phase 2");
        assertThat(next.details().dealValue()).isEqualByComparingTo("8");
        assertThat(next.details().closingDateTime()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
    }

    @Test
    void aRowThatMissedAChangeOrHasALaterOneIsRead() {
        assertThat(apply(updated(new FieldChange("/details/dealValue", 1, 2)))).isEmpty();
        assertThat(apply(updated(new FieldChange("/name", null, "Named")))).isEmpty();
    }

    @Test
    void aDecisionSetsTheStageStatusIncluded() {
        Referral next = apply(updated(
                        new FieldChange("/status", "New", "Closed"),
                        new FieldChange("/substatus", "Received", "Declined"),
                        new FieldChange("/statusReason", null, "TimelineTooShort"))) // not shown: no matter
                .orElseThrow();

        assertThat(next.stage()).isEqualTo(Stage.DECLINED);
        assertThat(apply(updated(new FieldChange("/status", "New", "Active"))))
                .as("a status alone")
                .isEmpty();
        assertThat(apply(updated(new FieldChange("/substatus", "Received", "Escalated"))))
                .as("unknown")
                .isEmpty();
    }

    @Test
    void whatTheRowShowsButCannotBeSetHereIsRead() {
        assertThat(apply(updated(new FieldChange("/owner", null, "{\"id\":\"u-1\"}"))))
                .isEmpty();
        assertThat(apply(updated(new FieldChange("/details", null, "{}"))))
                .as("a whole object")
                .isEmpty();
        assertThat(apply(updated(new FieldChange("/details/notes", null, "call Tue"))))
                .isPresent();
    }

    @Test
    void onlyAnUpdateThatRecordsItsChangesIsApplied() {
        assertThat(apply(updated())).isEmpty();
        assertThat(RowChange.apply(
                        row,
                        List.of(new ReferralChange(
                                9,
                                EventType.RELATED_REFERRAL_UPDATED,
                                R1,
                                null,
                                AT,
                                "Bob",
                                List.of(new FieldChange("/relatedReferrals/contoso/substatus", null, "Declined"))))))
                .isEmpty();
    }
}
