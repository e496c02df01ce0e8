package com.cosell.backend.odata;

import static com.cosell.backend.odata.SampleCatalog.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterSqlTest {

    private static SqlFragment sql(String filter) {
        return ODataQuery.filter(filter, REFERRALS, "p");
    }

    @Test
    void comparesAFieldWithAParameterNeverTheLiteral() {
        SqlFragment fragment = sql("name eq 'Contoso'");
        assertThat(fragment.sql()).isEqualTo("(r.name = :p0 AND r.name IS NOT NULL)");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "Contoso"));
    }

    @Test
    void writesEachOperator() {
        assertThat(sql("details/dealValue lt 5").sql()).isEqualTo("(r.deal_value < :p0 AND r.deal_value IS NOT NULL)");
        assertThat(sql("details/dealValue le 5").sql()).contains("r.deal_value <= :p0");
        assertThat(sql("details/dealValue gt 5").sql()).contains("r.deal_value > :p0");
        assertThat(sql("details/dealValue ge 5").sql()).contains("r.deal_value >= :p0");
        assertThat(sql("details/dealValue ne 5").sql()).isEqualTo("(r.deal_value IS DISTINCT FROM :p0)");
    }

    @Test
    void aConditionIsUsedBareSoPostgresCanJoinOnIt() {
        assertThat(sql("pinned eq true").sql()).isEqualTo("((EXISTS (SELECT 1 FROM pin p WHERE p.id = r.id)))");
        assertThat(sql("pinned eq false").sql()).isEqualTo("(NOT (EXISTS (SELECT 1 FROM pin p WHERE p.id = r.id)))");
        assertThat(sql("pinned ne true").sql()).isEqualTo("(NOT (EXISTS (SELECT 1 FROM pin p WHERE p.id = r.id)))");
        assertThat(sql("not (pinned eq true)").parameters()).isEmpty();
    }

    @Test
    void nullLiteralBecomesIsNull() {
        assertThat(sql("name eq null").sql()).isEqualTo("(r.name IS NULL)");
        assertThat(sql("name ne null").sql()).isEqualTo("(r.name IS NOT NULL)");
        assertThat(sql("null eq name").parameters()).isEmpty();
    }

    @Test
    void literalOnTheLeftSwapsTheOperator() {
        SqlFragment fragment = sql("5 lt details/dealValue");
        assertThat(fragment.sql()).isEqualTo("(r.deal_value > :p0 AND r.deal_value IS NOT NULL)");
        assertThat(fragment.parameters()).containsExactly(entry("p0", new BigDecimal("5")));
    }

    @Test
    void stringOrderingUsesCodePointCollation() {
        assertThat(sql("name gt 'M'").sql()).isEqualTo("(r.name COLLATE \"C\" > :p0 AND r.name IS NOT NULL)");
    }

    @Test
    void complexCatalogExpressionsAreParenthesised() {
        assertThat(sql("customerProfile/address/country eq 'de'").sql())
                .isEqualTo("((lower(r.customer_country)) = :p0 AND (lower(r.customer_country)) IS NOT NULL)");
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        SqlFragment fragment = sql("name eq 'a' or not (name eq 'b') and isArchived eq false");
        assertThat(fragment.sql())
                .isEqualTo(
                        "((r.name = :p0 AND r.name IS NOT NULL) OR "
                                + "((NOT (r.name = :p1 AND r.name IS NOT NULL)) AND (r.archived = :p2 AND r.archived IS NOT NULL)))");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "a"), entry("p1", "b"), entry("p2", false));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertThat(sql("(name eq 'a' or name eq 'b') and isArchived eq true").sql())
                .startsWith("(((r.name = :p0")
                .contains(") AND (r.archived = :p2");
    }

    @Test
    void chainsOfTheSameOperatorAreFlat() {
        assertThat(sql("name eq 'a' and name eq 'b' and name eq 'c'").sql())
                .isEqualTo("((r.name = :p0 AND r.name IS NOT NULL) AND (r.name = :p1 AND r.name IS NOT NULL)"
                        + " AND (r.name = :p2 AND r.name IS NOT NULL))");
    }

    @Test
    void textFunctionsMatchCaseInsensitivelyOnTheIndexedLowerCaseWithEscapedWildcards() {
        SqlFragment fragment = sql("contains(name,'50%_off\\')");
        assertThat(fragment.sql()).isEqualTo("(lower(r.name) LIKE :p0 ESCAPE '\\' AND r.name IS NOT NULL)");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "%50\\%\\_off\\\\%"));
        assertThat(sql("startswith(name,'Co')").parameters()).containsExactly(entry("p0", "co%"));
        assertThat(sql("endswith(name,'so')").parameters()).containsExactly(entry("p0", "%so"));
        assertThat(sql("not contains( name , 'x' )").sql()).startsWith("(NOT (lower(r.name) LIKE");
    }

    @Test
    void parsesEveryLiteralKind() {
        assertThat(sql("details/dealValue eq -12.50").parameters()).containsValue(new BigDecimal("-12.50"));
        assertThat(sql("isArchived eq true").parameters()).containsValue(Boolean.TRUE);
        assertThat(sql("status eq 'Active'").parameters()).containsValue("Active");
        assertThat(sql("name eq 'O''Brien'").parameters()).containsValue("O'Brien");
        OffsetDateTime noon = OffsetDateTime.parse("2026-01-01T12:00:00+02:00");
        assertThat(sql("updatedDateTime ge 2026-01-01T12:00:00+02:00").parameters())
                .containsValue(noon);
        assertThat(sql("updatedDateTime ge '2026-01-01T12:00:00+02:00'").parameters())
                .containsValue(noon);
        assertThat(sql("updatedDateTime lt 2026-01-01T00:00Z").parameters())
                .containsValue(OffsetDateTime.parse("2026-01-01T00:00Z"));
        // .NET's seven fractional digits are cut to PostgreSQL's microseconds.
        assertThat(sql("updatedDateTime eq 2026-01-01T00:00:00.1234567Z").parameters())
                .containsValue(OffsetDateTime.parse("2026-01-01T00:00:00.123456Z"));
        UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(sql("id eq 0f8fad5b-d9cb-469f-a165-70867728950e").parameters())
                .containsValue(id);
        assertThat(sql("id eq '0F8FAD5B-D9CB-469F-A165-70867728950E'").parameters())
                .containsValue(id);
    }

    @Test
    void usesTheGivenParameterPrefix() {
        SqlFragment fragment = ODataQuery.filter("name eq 'a' or name eq 'b'", REFERRALS, "f_");
        assertThat(fragment.sql()).contains(":f_0").contains(":f_1");
        assertThat(fragment.parameters()).containsOnlyKeys("f_0", "f_1");
    }

    @Test
    void toleratesWhitespaceAndNoSpaceAroundParentheses() {
        assertThat(sql("(name eq 'a')and(not(isArchived eq true))").sql()).contains(" AND (NOT");
        assertThat(sql("\tname\neq  'a' ").parameters()).containsValue("a");
    }
}
