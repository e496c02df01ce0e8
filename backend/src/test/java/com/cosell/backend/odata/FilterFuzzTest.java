package com.cosell.backend.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Any jumble of filter tokens is either translated to well-formed SQL or rejected with an ODataException. */
class FilterFuzzTest {

    private static final List<String> TERMS = List.of(
            "name eq 'a'",
            "contains(name,'x'' OR 1=1 --')",
            "details/dealValue gt -1.5",
            "isArchived ne null",
            "status eq 'Active'",
            "5 le details/dealValue",
            "id eq 0f8fad5b-d9cb-469f-a165-70867728950e",
            "updatedDateTime lt 2026-01-01T00:00:00Z",
            "team/any(t:t/email eq 'A@b.c' or contains(t/firstName,'x'))",
            "team/all(m: not (m/email ne null))");
    private static final List<String> NOISE = List.of(
            "and",
            "or",
            "not",
            "(",
            ")",
            "name",
            "eq",
            "lt",
            ",",
            "'",
            "''",
            "5",
            "-",
            "true",
            "null",
            "contains",
            "tolower",
            "'Active'",
            ";",
            "--",
            "/*",
            "\"",
            "foo",
            "1e5",
            "AND",
            ":",
            "t:",
            "t/email",
            "team/any(",
            "team/any(u:u/email eq 'a')",
            "team/all()");

    /** A valid filter, then sometimes one token dropped or one stray token inserted: near misses. */
    @Provide
    Arbitrary<String> jumbles() {
        Arbitrary<String> term = Combinators.combine(Arbitraries.of(TERMS), Arbitraries.of("", "not (", "("))
                .as((t, open) -> open.isEmpty() ? t : open + t + ")");
        Arbitrary<String> valid = Combinators.combine(
                        term.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.of("and", "or").list().ofSize(4))
                .as((terms, ops) -> {
                    StringBuilder filter = new StringBuilder(terms.getFirst());
                    for (int i = 1; i < terms.size(); i++) {
                        filter.append(' ').append(ops.get(i - 1)).append(' ').append(terms.get(i));
                    }
                    return filter.toString();
                });
        return Combinators.combine(
                        valid,
                        Arbitraries.of("keep", "drop", "insert"),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.of(NOISE))
                .as((filter, mutation, where, noise) -> {
                    List<String> tokens = new ArrayList<>(List.of(filter.split(" ")));
                    switch (mutation) {
                        case "drop" -> tokens.remove(where % tokens.size());
                        case "insert" -> tokens.add(where % (tokens.size() + 1), noise);
                        default -> {}
                    }
                    return String.join(" ", tokens);
                });
    }

    @Property(tries = 1000)
    void translatesOrRejectsCleanly(@ForAll("jumbles") String filter) {
        SqlFragment fragment;
        try {
            fragment = ODataQuery.filter(filter, SampleCatalog.REFERRALS, "p");
        } catch (ODataException e) {
            Statistics.collect("rejected");
            assertThat(e.position()).isBetween(1, filter.length() + 1);
            return;
        }
        Statistics.collect("accepted");
        String sql = fragment.sql();
        assertThat(sql)
                .startsWith("(")
                .endsWith(")")
                .doesNotContain(";")
                .doesNotContain("--")
                .doesNotContain("''");
        assertThat(sql.chars().filter(c -> c == '(').count())
                .isEqualTo(sql.chars().filter(c -> c == ')').count());
        assertThat(sql.split(":p", -1)).hasSize(fragment.parameters().size() + 1);
        ODataQuery.predicate(filter, SampleCatalog.REFERRALS);
    }
}
