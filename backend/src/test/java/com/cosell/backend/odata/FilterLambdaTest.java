package com.cosell.backend.odata;

import static com.cosell.backend.odata.SampleCatalog.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** {@code team/any(t:…)} and {@code team/all(t:…)}: SQL, errors and the in-memory twin. */
class FilterLambdaTest {

    private static final String ELEMENTS =
            "SELECT 1 FROM jsonb_array_elements(coalesce(r.doc->'team', " + "CAST('[]' AS jsonb))) elem WHERE ";
    private static final String EMAIL_IS = "(lower((elem->>'email')) = lower(:p%d) AND (elem->>'email') IS NOT NULL)";

    private static SqlFragment sql(String filter) {
        return ODataQuery.filter(filter, REFERRALS, "p");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(String filter) {
        return assertThatThrownBy(() -> sql(filter)).isInstanceOf(ODataException.class);
    }

    private static boolean matches(String filter, Map<String, Object> row) {
        return ODataQuery.predicate(filter, REFERRALS).test(row);
    }

    @Test
    void anyIsAnExistsOverTheElementsComparingEmailsIgnoringCase() {
        SqlFragment fragment = sql("status eq 'Active' and team/any(t:t/email eq 'R2D2@contoso.com')");
        assertThat(fragment.sql())
                .isEqualTo("((r.status = :p0 AND r.status IS NOT NULL) AND (EXISTS (" + ELEMENTS + EMAIL_IS.formatted(1)
                        + ")))");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "Active"), entry("p1", "R2D2@contoso.com"));
    }

    @Test
    void allIsNoElementForWhichTheBodyFails() {
        assertThat(sql("team/all(m : m/email eq 'a@b.c')").sql())
                .isEqualTo("(NOT EXISTS (" + ELEMENTS + "NOT " + EMAIL_IS.formatted(0) + "))");
    }

    @Test
    void theBodyHasTheWholeGrammarOverTheMembers() {
        SqlFragment fragment = sql("not team/any( x:(contains(x/email,'CONTOSO') or x/firstName eq 'Ana')"
                + " and not (x/firstName eq null) )");
        assertThat(fragment.sql())
                .isEqualTo("(NOT (EXISTS (" + ELEMENTS
                        + "(((lower((elem->>'email')) LIKE :p0 ESCAPE '\\' AND (elem->>'email') IS NOT NULL)"
                        + " OR ((elem->>'firstName') = :p1 AND (elem->>'firstName') IS NOT NULL))"
                        + " AND (NOT ((elem->>'firstName') IS NULL))))))");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "%contoso%"), entry("p1", "Ana"));
        assertThat(sql("team/any(t:t/email ne 'a') or team/any(t:t/email gt 'a')")
                        .sql())
                .contains("lower((elem->>'email')) IS DISTINCT FROM lower(:p0)")
                .contains("lower((elem->>'email')) COLLATE \"C\" > lower(:p1)");
    }

    @Test
    void literalsInsideALambdaStayParameters() {
        SqlFragment fragment = sql("team/any(t:t/email eq 'x'') OR 1=1 --')");
        assertThat(fragment.sql()).doesNotContain("OR 1").doesNotContain("--");
        assertThat(fragment.parameters()).containsExactly(entry("p0", "x') OR 1=1 --"));
    }

    @Test
    void theVariableMustBeDeclaredAndNameAMember() {
        rejects("team/any(t:x/email eq 'a')")
                .hasMessage("Inside team/any, 'x/email' at position 12 is not a field of"
                        + " the lambda variable 't'; write t/<field> with a field of team: email, firstName");
        rejects("team/any(t:name eq 'a')")
                .hasMessageContaining("Inside team/any, 'name' at position 12 is not a field");
        rejects("team/any(t:t eq 'a')")
                .hasMessageContaining("'t' at position 12 is not a field of the lambda variable");
        rejects("team/any(t:t/phone eq '1')")
                .hasMessage("Unknown field 'phone' of team at position 12; allowed: email, firstName");
        rejects("team/any(t:contains(t/nick,'a'))").hasMessageContaining("Unknown field 'nick' of team at position 21");
        rejects("t/email eq 'a'")
                .hasMessageStartingWith("Unknown field 't/email' at position 1")
                .hasMessageEndingWith("; collections, filtered with any/all: team");
        rejects("team eq 'a'").hasMessageContaining("Unknown field 'team'");
    }

    @Test
    void theVariableIsASimpleNameFollowedByAColon() {
        rejects("team/any(t/email:t/email eq 'a')")
                .hasMessage("The variable of team/any at position 1 must be a"
                        + " simple name such as t, but found 't/email' at position 10");
        rejects("team/any('t':t/email eq 'a')").hasMessageContaining("must be a simple name such as t, but found 't'");
        rejects("team/any(eq:eq/email eq 'a')").hasMessageContaining("must be a simple name");
        rejects("team/any(t t/email eq 'a')")
                .hasMessage("Expected ':' after the variable of team/any but found 't/email' at position 12");
        rejects("team/any(t:)").hasMessageContaining("Expected a field or literal at position 12 but found ')'");
    }

    @Test
    void anyNeedsAPredicateAKnownCollectionAndNoNesting() {
        rejects("team/any()").hasMessage("team/any() at position 1 needs a predicate, e.g. team/any(t:t/email eq '…')");
        rejects("teams/any(t:t/email eq 'a')")
                .hasMessage("Unknown collection 'teams' at position 1; collections: team");
        rejects("team/any(t:team/any(u:u/email eq 'a'))")
                .hasMessage("Lambda 'team/any' at position 12 is inside team/any; lambdas cannot be nested");
        rejects("team/any(t:t/email eq 5)").hasMessageContaining("Field 'email' is STRING and needs a quoted string");
        rejects("team/any(t:t/email eq 'a'").hasMessageContaining("Unbalanced '(' at position 9: expected ')'");
        rejects("team/count(t:t/email eq 'a')").hasMessageContaining("Unknown function 'team/count'");
    }

    @Test
    void theLimitsHoldInsideALambda() {
        String lambda = "team/any(t:t/email eq 'a')";
        assertThat(sql("(".repeat(19) + lambda + ")".repeat(19)).parameters()).hasSize(1);
        rejects("(".repeat(20) + lambda + ")".repeat(20)).hasMessageContaining("nests deeper than 20");
        rejects("team/any(t:" + "(".repeat(20) + "t/email eq 'a'" + ")".repeat(20) + ")")
                .hasMessageContaining("nests deeper than 20");
        // The lambda is a term, and so is each comparison in it.
        String body = String.join(" or ", Collections.nCopies(49, "t/email eq 'a'"));
        assertThat(sql("team/any(t:" + body + ")").parameters()).hasSize(49);
        rejects("team/any(t:" + body + " or t/email eq 'b')").hasMessageContaining("more than 50 terms");
    }

    @Test
    void inMemoryAnyAndAllOverTheElements() {
        Map<String, Object> ana = new HashMap<>(Map.of("email", "Ana@Contoso.com", "firstName", "Ana"));
        Map<String, Object> noEmail = new HashMap<>(Map.of("firstName", "Bo"));
        Map<String, Object> row = new HashMap<>(Map.of("team", List.of(ana, noEmail)));
        assertThat(matches("team/any(t:t/email eq 'ana@contoso.COM')", row)).isTrue();
        assertThat(matches("team/any(t:t/firstName eq 'ana')", row)).isFalse();
        assertThat(matches("team/any(t:t/email eq null and t/firstName eq 'Bo')", row))
                .isTrue();
        assertThat(matches("team/all(t:startswith(t/firstName,'a') or t/email ne 'x')", row))
                .isTrue();
        assertThat(matches("team/all(t:t/email ne null)", row)).isFalse();
        // No team: no member matches, and every member (of none) does.
        assertThat(matches("team/any(t:t/email ne 'x')", Map.of())).isFalse();
        assertThat(matches("team/all(t:t/email eq 'x')", Map.of())).isTrue();
        assertThat(matches("not team/any(t:t/email eq 'x')", Map.of("team", List.of())))
                .isTrue();
    }

    @Test
    void inMemoryAWrongCollectionValueIsAProgrammingError() {
        assertThatThrownBy(() -> matches("team/any(t:t/email eq 'x')", Map.of("team", "ana@contoso.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collection 'team'");
        assertThatThrownBy(() -> matches("team/any(t:t/email eq 'x')", Map.of("team", List.of("ana"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Map");
    }
}
