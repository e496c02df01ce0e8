package com.cosell.backend.odata;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/** The rows and the random filters of {@link FilterSqlAgreementTest}: values chosen to sit on edges. */
final class AgreementData {

    static final FieldCatalog CATALOG = FieldCatalog.of(
                    Field.of("name", "t.name", FieldType.STRING),
                    Field.ofEnum("stage", "t.stage", Set.of("Open", "Won", "Lost")),
                    Field.of("deal/amount", "t.amount", FieldType.NUMBER),
                    Field.of("closesAt", "t.closes_at", FieldType.DATETIME),
                    Field.of("active", "t.active", FieldType.BOOLEAN),
                    Field.condition("even", "(t.id % 2 = 0)"),
                    Field.of("ownerId", "t.owner_id", FieldType.UUID))
            .with(CollectionField.ofJsonArray(
                    "team",
                    "t.team",
                    Field.ofIgnoringCase("email", CollectionField.jsonText("email")),
                    Field.of("name", CollectionField.jsonText("name"), FieldType.STRING)));

    // ASCII letters for case-insensitive matching: ILIKE folds non-ASCII by the database locale.
    private static final List<String> NAMES = List.of(
            "Contoso",
            "contoso",
            "CONTOSO Ltd",
            "Fabrikam",
            "50% off",
            "under_score",
            "back\\slash",
            "O'Brien",
            "",
            " spaced ",
            "a_b%c",
            "café",
            "\uD83D\uDE00 smile",
            "Zeta",
            "zeta");
    private static final List<String> TEXTS = List.of(
            "con", "CON", "oso", "%", "_", "\\", "'", "", "Ltd", "50%", "a_b", "b%c", "zeta", "Contoso", "O'Brien",
            "smile", "é", "D", "c", "\uFFFD", "zz", " ");
    private static final List<String> STAGES = List.of("Open", "Won", "Lost");
    private static final List<BigDecimal> AMOUNTS = List.of(
            new BigDecimal("-5"),
            BigDecimal.ZERO,
            BigDecimal.ONE,
            new BigDecimal("1.5"),
            new BigDecimal("1.50"),
            new BigDecimal("2.5"),
            new BigDecimal("100"),
            new BigDecimal("99999.99"));
    private static final List<String> AMOUNT_LITERALS =
            List.of("-5", "0", "1", "1.0", "1.5", "2.50", "100", "-0.5", "99999.99", "3");
    private static final List<OffsetDateTime> INSTANTS = List.of(
            OffsetDateTime.parse("2026-01-01T00:00:00Z"),
            OffsetDateTime.parse("2026-01-01T01:00:00+01:00"),
            OffsetDateTime.parse("2026-01-01T00:00:00.000001Z"),
            OffsetDateTime.parse("2025-12-31T23:59:59Z"),
            OffsetDateTime.parse("2026-06-15T12:30:00.123456-07:00"));
    private static final List<String> DATETIME_LITERALS = List.of(
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:00Z",
            "2026-01-01T02:00:00+02:00",
            "2026-01-01T00:00:00.0000015Z",
            "2025-12-31T23:59:59Z",
            "2026-06-15T19:30:00.1234567Z",
            "2030-01-01T00:00:00Z");
    private static final List<UUID> OWNERS = List.of(
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            UUID.fromString("00000000-0000-0000-0000-000000000001"));

    // ASCII, for lower() folds non-ASCII by the database locale.
    private static final List<String> EMAILS = List.of(
            "Ana@Contoso.com",
            "ana@contoso.com",
            "ANA@CONTOSO.COM",
            "bo@fabrikam.com",
            "",
            "o'hara@x.org",
            "a_b%c@x.org",
            "Zed@x.org");
    private static final List<String> EMAIL_LITERALS = List.of(
            "ana@contoso.com",
            "ANA@contoso.COM",
            "bo@FABRIKAM.com",
            "",
            "o'hara@x.org",
            "zed@X.ORG",
            "b",
            "zz",
            "ana@contoso.com ");
    private static final List<String> EMAIL_TEXTS = List.of("CONTOSO", "ana@", ".com", "%", "_", "'", "", "X.org");

    static final List<Map<String, Object>> ROWS = rows();

    private AgreementData() {}

    static Arbitrary<String> expression(int depth) {
        return expression(depth, AgreementData::leaf);
    }

    private static Arbitrary<String> expression(int depth, Supplier<Arbitrary<String>> leaf) {
        if (depth == 0) {
            return leaf.get();
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> expression(depth - 1, leaf));
        Arbitrary<String> binary = Combinators.combine(
                        inner, Arbitraries.of("and", "or"), inner, Arbitraries.of(true, false))
                .as((left, op, right, parenthesise) ->
                        parenthesise ? "(" + left + " " + op + " " + right + ")" : left + " " + op + " " + right);
        Arbitrary<String> not = inner.map(e -> "not (" + e + ")");
        return Arbitraries.frequencyOf(Tuple.of(3, leaf.get()), Tuple.of(1, not), Tuple.of(3, binary));
    }

    private static Arbitrary<String> leaf() {
        Arbitrary<String> ordering = Arbitraries.of("eq", "ne", "lt", "le", "gt", "ge");
        Arbitrary<String> equality = Arbitraries.of("eq", "ne");
        Arbitrary<String> nullCheck = Combinators.combine(Arbitraries.of(CATALOG.paths()), equality)
                .as((field, op) -> field + " " + op + " null");
        return Arbitraries.frequencyOf(
                Tuple.of(
                        3,
                        comparison(
                                "name",
                                ordering,
                                Arbitraries.of(concat(NAMES, TEXTS)).map(AgreementData::quote))),
                Tuple.of(2, comparison("stage", equality, Arbitraries.of(STAGES).map(AgreementData::quote))),
                Tuple.of(3, comparison("deal/amount", ordering, Arbitraries.of(AMOUNT_LITERALS))),
                Tuple.of(
                        3,
                        comparison(
                                "closesAt",
                                ordering,
                                Arbitraries.of(DATETIME_LITERALS).flatMap(d -> Arbitraries.of(d, quote(d))))),
                Tuple.of(2, comparison("active", equality, Arbitraries.of("true", "false"))),
                Tuple.of(2, comparison("even", equality, Arbitraries.of("true", "false"))),
                Tuple.of(
                        2,
                        comparison(
                                "ownerId",
                                equality,
                                Arbitraries.of(OWNERS)
                                        .map(UUID::toString)
                                        .flatMap(u -> Arbitraries.of(u, u.toUpperCase(), quote(u))))),
                Tuple.of(2, nullCheck),
                Tuple.of(
                        3,
                        Combinators.combine(Arbitraries.of("contains", "startswith", "endswith"), Arbitraries.of(TEXTS))
                                .as((function, text) -> function + "(name," + quote(text) + ")")),
                Tuple.of(
                        3,
                        Combinators.combine(Arbitraries.of("any", "all"), expression(2, AgreementData::memberLeaf))
                                .as((quantifier, body) -> "team/" + quantifier + "(m:" + body + ")")));
    }

    /** A comparison or text function on a member of the team, through the lambda variable m. */
    private static Arbitrary<String> memberLeaf() {
        Arbitrary<String> ordering = Arbitraries.of("eq", "ne", "lt", "le", "gt", "ge");
        return Arbitraries.frequencyOf(
                Tuple.of(
                        4,
                        comparison(
                                "m/email",
                                ordering,
                                Arbitraries.of(concat(EMAILS, EMAIL_LITERALS)).map(AgreementData::quote))),
                Tuple.of(2, comparison("m/name", ordering, Arbitraries.of(NAMES).map(AgreementData::quote))),
                Tuple.of(
                        1,
                        Combinators.combine(Arbitraries.of("m/email", "m/name"), Arbitraries.of("eq", "ne"))
                                .as((member, op) -> member + " " + op + " null")),
                Tuple.of(
                        3,
                        Combinators.combine(
                                        Arbitraries.of("contains", "startswith", "endswith"),
                                        Arbitraries.of("m/email", "m/name"),
                                        Arbitraries.of(concat(EMAIL_TEXTS, TEXTS)))
                                .as((function, member, text) -> function + "(" + member + "," + quote(text) + ")")));
    }

    /** {@code field op literal}, or sometimes {@code literal op field}. */
    private static Arbitrary<String> comparison(String field, Arbitrary<String> operators, Arbitrary<String> literals) {
        return Combinators.combine(operators, literals, Arbitraries.of(true, false))
                .as((op, literal, fieldFirst) ->
                        fieldFirst ? field + " " + op + " " + literal : literal + " " + op + " " + field);
    }

    /** 40 fixed rows; about one value in five is NULL; a team is missing, empty or of one to three members. */
    private static List<Map<String, Object>> rows() {
        Random random = new Random(20260101);
        Random teams = new Random(20260102);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int id = 1; id <= 40; id++) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("name", pick(random, NAMES));
            row.put("stage", pick(random, STAGES));
            row.put("deal/amount", pick(random, AMOUNTS));
            row.put("closesAt", pick(random, INSTANTS));
            row.put("active", pick(random, List.of(true, false)));
            row.put("ownerId", pick(random, OWNERS));
            row.put("even", id % 2 == 0);
            row.put("team", team(teams));
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    private static @Nullable List<Map<String, Object>> team(Random random) {
        int size = random.nextInt(6) - 1;
        if (size < 0) {
            return null;
        }
        List<Map<String, Object>> team = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> member = new HashMap<>();
            String email = pick(random, EMAILS);
            // A null email is sometimes JSON null, sometimes no key at all: both are NULL in SQL.
            if (email != null || random.nextBoolean()) {
                member.put("email", email);
            }
            member.put("name", pick(random, NAMES));
            team.add(member);
        }
        return team;
    }

    private static <T> T pick(Random random, List<T> values) {
        return random.nextInt(5) == 0 ? null : values.get(random.nextInt(values.size()));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
