package com.cosell.backend.odata;

import static com.cosell.backend.odata.SampleCatalog.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryPredicateTest {

    /** Constants named like the catalog's values, as a JPA-style enum would be. */
    private enum Status {
        New,
        Active,
        Closed
    }

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", "Contoso Ltd");
        row.put("status", "Active");
        row.put("details/dealValue", 1500);
        row.put("updatedDateTime", OffsetDateTime.parse("2026-03-01T10:00:00+01:00"));
        row.put("isArchived", false);
        row.put("id", ID);
        return row;
    }

    private static boolean matches(String filter, Map<String, Object> row) {
        return ODataQuery.predicate(filter, REFERRALS).test(row);
    }

    @Test
    void evaluatesComparisonsOfEachType() {
        Map<String, Object> row = row();
        assertThat(matches("name eq 'Contoso Ltd'", row)).isTrue();
        assertThat(matches("status eq 'Active' and isArchived eq false", row)).isTrue();
        assertThat(matches("details/dealValue ge 1500.00 and details/dealValue lt 1500.01", row))
                .isTrue();
        assertThat(matches("1000 lt details/dealValue", row)).isTrue();
        // Same instant, other offset.
        assertThat(matches("updatedDateTime eq 2026-03-01T09:00:00Z", row)).isTrue();
        assertThat(matches("id eq 0F8FAD5B-D9CB-469F-A165-70867728950E", row)).isTrue();
        assertThat(matches("id ne 0f8fad5b-d9cb-469f-a165-70867728950f", row)).isTrue();
        assertThat(matches("contains(name,'TOSO') and startswith(name,'con') and endswith(name,'LTD')", row))
                .isTrue();
        assertThat(matches("contains(name,'%')", row)).isFalse();
    }

    @Test
    void nullAndMissingValuesFollowTheSqlSemantics() {
        Map<String, Object> row = row();
        row.put("name", null);
        row.remove("details/dealValue");
        assertThat(matches("name eq 'x'", row)).isFalse();
        assertThat(matches("name ne 'x'", row)).isTrue();
        assertThat(matches("not (name eq 'x')", row)).isTrue();
        assertThat(matches("name eq null and details/dealValue eq null", row)).isTrue();
        assertThat(matches("details/dealValue lt 0 or details/dealValue ge 0", row))
                .isFalse();
        assertThat(matches("not (details/dealValue lt 0 or details/dealValue ge 0)", row))
                .isTrue();
        assertThat(matches("contains(name,'')", row)).isFalse();
    }

    @Test
    void acceptsCommonJavaValueTypes() {
        Map<String, Object> row = row();
        row.put("details/dealValue", new BigDecimal("1500.000"));
        row.put("updatedDateTime", Instant.parse("2026-03-01T09:00:00Z"));
        row.put("status", Status.New);
        row.put("id", ID.toString());
        assertThat(matches("details/dealValue eq 1500 and updatedDateTime eq 2026-03-01T09:00:00Z", row))
                .isTrue();
        assertThat(matches("status eq 'New' and id eq 0f8fad5b-d9cb-469f-a165-70867728950e", row))
                .isTrue();
    }

    @Test
    void stringOrderIsCodePointOrder() {
        Map<String, Object> row = row();
        row.put("name", "\uD83D\uDE00"); // beyond the BMP: after U+FFFD in code points, before it in UTF-16
        assertThat(matches("name gt '\uFFFD'", row)).isTrue();
        assertThat(InMemoryEvaluator.compareCodePoints("ab", "abc")).isNegative();
        assertThat(InMemoryEvaluator.compareCodePoints("b", "abc")).isPositive();
    }

    @Test
    void wrongRowValueTypeIsAProgrammingError() {
        Map<String, Object> row = row();
        row.put("isArchived", "no");
        assertThatThrownBy(() -> matches("isArchived eq true", row))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("isArchived");
    }
}
