package com.cosell.backend.odata;

import static com.cosell.backend.odata.SampleCatalog.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterErrorsTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(String filter) {
        return assertThatThrownBy(() -> ODataQuery.filter(filter, REFERRALS, "p"))
                .isInstanceOf(ODataException.class);
    }

    private static int position(String filter) {
        try {
            ODataQuery.filter(filter, REFERRALS, "p");
        } catch (ODataException e) {
            return e.position();
        }
        throw new AssertionError("accepted: " + filter);
    }

    @Test
    void unknownFieldIsNamedWithItsPositionAndTheAllowedOnes() {
        rejects("name eq 'a' and foo eq 1")
                .hasMessageStartingWith("Unknown field 'foo' at position 17; allowed: name, status, details/dealValue");
        assertThat(position("name eq 'a' and foo eq 1")).isEqualTo(17);
        rejects("Name eq 'a'").hasMessageContaining("Unknown field 'Name'");
        rejects("contains(nope,'a')").hasMessageContaining("Unknown field 'nope' at position 10");
    }

    @Test
    void literalMustFitTheFieldType() {
        rejects("details/dealValue eq 'abc'")
                .hasMessage(
                        "Field 'details/dealValue' is NUMBER and needs a number such as 42 or -1.5, but found 'abc' at position 22");
        rejects("name eq 5").hasMessageContaining("Field 'name' is STRING and needs a quoted string");
        rejects("isArchived eq 'true'").hasMessageContaining("is BOOLEAN and needs true or false");
        rejects("updatedDateTime gt 'yesterday'").hasMessageContaining("is DATETIME and needs an ISO-8601 date-time");
        rejects("updatedDateTime gt 2026-13-01T00:00:00Z").hasMessageContaining("is DATETIME");
        rejects("updatedDateTime gt 5").hasMessageContaining("is DATETIME");
        rejects("id eq 'not-a-guid'").hasMessageContaining("is UUID and needs a GUID");
        rejects("id eq '1-2-3-4-5'").hasMessageContaining("is UUID and needs a GUID");
    }

    @Test
    void enumValuesAreCaseSensitiveAndListed() {
        rejects("status eq 'active'")
                .hasMessage(
                        "Value 'active' at position 11 is not allowed for field 'status'; allowed: Active, Closed, New");
        rejects("status eq Active").hasMessageContaining("Unknown field 'Active'");
    }

    @Test
    void orderingIsRefusedWhereJavaAndSqlDisagreeOrItMeansNothing() {
        rejects("isArchived lt true").hasMessageContaining("Operator 'lt' at position 12 is not supported for BOOLEAN");
        rejects("status gt 'New'").hasMessageContaining("not supported for ENUM");
        rejects("id ge 0f8fad5b-d9cb-469f-a165-70867728950e").hasMessageContaining("not supported for UUID");
        rejects("name gt null").hasMessageContaining("null can only be compared with eq or ne");
    }

    @Test
    void comparisonsNeedExactlyOneField() {
        rejects("name eq status")
                .hasMessageContaining("Comparing field 'name' with field 'status' at position 1 is not supported");
        rejects("1 eq 1").hasMessageContaining("Comparison at position 1 has no field");
        rejects("'a' eq 'a'").hasMessageContaining("has no field");
    }

    @Test
    void textFunctionsNeedAStringFieldAndAString() {
        rejects("contains(details/dealValue,'1')").hasMessageContaining("works on STRING fields only");
        rejects("contains('a',name)").hasMessageContaining("needs a field as its first argument");
        rejects("contains(name,5)").hasMessageContaining("needs a quoted string as its second argument");
        rejects("contains(name,null)").hasMessageContaining("needs a quoted string");
        rejects("contains(name 'a')").hasMessageContaining("Expected ',' after the field of contains");
        rejects("contains(name,'a'").hasMessageContaining("Expected ')' to close contains but found end of input");
        rejects("tolower(name) eq 'a'")
                .hasMessageContaining("Unknown function 'tolower' at position 1; supported: contains");
        rejects("contains(name,'a') eq true").hasMessageContaining("Unexpected 'eq' at position 20");
    }

    @Test
    void unterminatedString() {
        rejects("name eq 'abc").hasMessageContaining("Unterminated string starting at position 9");
        rejects("name eq 'it''s").hasMessageContaining("Unterminated string");
    }

    @Test
    void trailingGarbage() {
        rejects("name eq 'a' name")
                .hasMessage("Unexpected 'name' at position 13; expected 'and', 'or' or the end of the filter");
        rejects("name eq 'a' and")
                .hasMessageContaining("Expected a field or literal at position 16 but found end of input");
        rejects("name eq 'a';").hasMessageContaining("Unexpected character ';' at position 12");
        rejects("name eq 'a' AND name eq 'b'").hasMessageContaining("Unexpected 'AND' at position 13");
    }

    @Test
    void unbalancedParentheses() {
        rejects("(name eq 'a'")
                .hasMessageContaining("Unbalanced '(' at position 1: expected ')' but found end of input");
        rejects("name eq 'a')").hasMessageContaining("Unbalanced ')' at position 12");
        rejects("((name eq 'a')").hasMessageContaining("Unbalanced '(' at position 1");
        rejects("()").hasMessageContaining("Expected a field or literal at position 2 but found ')'");
    }

    @Test
    void malformedTokensAndOperators() {
        rejects("name equals 'a'")
                .hasMessageContaining("Expected a comparison operator (eq, ne, lt, le, gt, ge) after 'name'");
        rejects("details/dealValue eq 1e5").hasMessageContaining("Malformed token '1e5'");
        rejects("details/dealValue eq - 5").hasMessageContaining("Malformed token '-'");
        rejects("eq 'a'").hasMessageContaining("Expected a field or literal at position 1 but found 'eq'");
        rejects("not name eq 'a'")
                .hasMessageContaining("'not' at position 1 must be followed by '(' or a function call");
        rejects("name eq @alias").hasMessageContaining("Unexpected character '@'");
        rejects("name eq \"a\"").hasMessageContaining("Unexpected character '\"'");
        rejects("name eq 'a\0b'").hasMessageContaining("NUL character");
    }

    @Test
    void emptyFilter() {
        rejects("").hasMessage("Filter is empty");
        rejects("   ").hasMessage("Filter is empty");
    }

    @Test
    void lengthLimit() {
        String longest = "name eq '" + "x".repeat(ODataQuery.MAX_FILTER_LENGTH - 10) + "'";
        assertThat(longest).hasSize(ODataQuery.MAX_FILTER_LENGTH);
        assertThat(ODataQuery.filter(longest, REFERRALS, "p").parameters()).hasSize(1);
        rejects(longest + " ").hasMessage("Filter is 2001 characters long; at most 2000 are allowed");
    }

    @Test
    void depthLimit() {
        String twenty = "(".repeat(20) + "name eq 'a'" + ")".repeat(20);
        assertThat(ODataQuery.filter(twenty, REFERRALS, "p").sql()).isEqualTo("(r.name = :p0 AND r.name IS NOT NULL)");
        rejects("(" + twenty + ")").hasMessageContaining("Filter nests deeper than 20 levels at position 21");
        rejects("not ".repeat(21) + "(name eq 'a')").hasMessageContaining("nests deeper than 20");
        // Far deeper than the limit still fails cleanly, not with a StackOverflowError.
        rejects("(".repeat(1500)).hasMessageContaining("nests deeper than 20");
    }

    @Test
    void termLimit() {
        String fifty = String.join(" or ", java.util.Collections.nCopies(50, "name eq 'a'"));
        assertThat(ODataQuery.filter(fifty, REFERRALS, "p").parameters()).hasSize(50);
        rejects(fifty + " or contains(name,'b')")
                .hasMessageContaining("Filter has more than 50 terms; the one at position 751");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name eq 'x'' OR 1=1 --'",
                "name eq 'x'' OR ''1''=''1'",
                "name eq 'x''); DROP TABLE referral; --'",
                "contains(name,'%'' OR 1=1 --')",
            })
    void injectionAttemptsEndUpInsideAParameter(String filter) {
        SqlFragment fragment = ODataQuery.filter(filter, REFERRALS, "p");
        assertThat(fragment.sql())
                .doesNotContain("OR 1")
                .doesNotContain("DROP")
                .doesNotContain("--")
                .doesNotContain("''");
        assertThat(fragment.parameters()).hasSize(1);
        assertThat((String) fragment.parameters().get("p0")).contains("'");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name eq 'x' OR 1=1",
                "name eq 'x' or 1 eq 1",
                "name eq 'x'; DROP TABLE referral",
                "name eq 'x' -- comment",
                "name eq 'x' /* c */",
                "r.name eq 'x'",
                "name eq 'x' or name eq current_user",
            })
    void injectionAttemptsOutsideStringsAreRejected(String filter) {
        rejects(filter);
    }

    @Test
    void badParameterPrefixIsAProgrammingError() {
        assertThatThrownBy(() -> ODataQuery.filter("name eq 'a'", REFERRALS, "p; DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
