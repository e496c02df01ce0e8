package com.cosell.backend.odata;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random filters over a small table with NULLs must select exactly the same rows in PostgreSQL
 * (through the generated SQL) and in memory (through the predicate).
 */
class FilterSqlAgreementTest {

    private static final FieldCatalog CATALOG = FieldCatalog.of(
            Field.of("name", "t.name", FieldType.STRING),
            Field.ofEnum("stage", "t.stage", Set.of("Open", "Won", "Lost")),
            Field.of("deal/amount", "t.amount", FieldType.NUMBER),
            Field.of("closesAt", "t.closes_at", FieldType.DATETIME),
            Field.of("active", "t.active", FieldType.BOOLEAN),
            Field.condition("even", "(t.id % 2 = 0)"),
            Field.of("ownerId", "t.owner_id", FieldType.UUID));

    // ASCII letters for case-insensitive matching: ILIKE folds non-ASCII by the database locale.
    private static final List<String> NAMES = List.of("Contoso", "contoso", "CONTOSO Ltd", "Fabrikam", "50% off",
            "under_score", "back\\slash", "O'Brien", "", " spaced ", "a_b%c", "café", "\uD83D\uDE00 smile", "Zeta", "zeta");
    private static final List<String> TEXTS = List.of("con", "CON", "oso", "%", "_", "\\", "'", "", "Ltd", "50%",
            "a_b", "b%c", "zeta", "Contoso", "O'Brien", "smile", "é", "D", "c", "\uFFFD", "zz", " ");
    private static final List<String> STAGES = List.of("Open", "Won", "Lost");
    private static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("-5"), BigDecimal.ZERO, BigDecimal.ONE,
            new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("2.5"), new BigDecimal("100"),
            new BigDecimal("99999.99"));
    private static final List<String> AMOUNT_LITERALS = List.of("-5", "0", "1", "1.0", "1.5", "2.50", "100", "-0.5",
            "99999.99", "3");
    private static final List<OffsetDateTime> INSTANTS = List.of(
            OffsetDateTime.parse("2026-01-01T00:00:00Z"),
            OffsetDateTime.parse("2026-01-01T01:00:00+01:00"),
            OffsetDateTime.parse("2026-01-01T00:00:00.000001Z"),
            OffsetDateTime.parse("2025-12-31T23:59:59Z"),
            OffsetDateTime.parse("2026-06-15T12:30:00.123456-07:00"));
    private static final List<String> DATETIME_LITERALS = List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00Z",
            "2026-01-01T02:00:00+02:00", "2026-01-01T00:00:00.0000015Z", "2025-12-31T23:59:59Z",
            "2026-06-15T19:30:00.1234567Z", "2030-01-01T00:00:00Z");
    private static final List<UUID> OWNERS = List.of(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"), UUID.fromString("00000000-0000-0000-0000-000000000001"));

    private static final List<Map<String, Object>> ROWS = rows();
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    private static Connection connection;

    @BeforeContainer
    static void createTable() throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + TestDatabase.port() + "/cosell", "cosell", "cosell");
        try (Statement s = connection.createStatement()) {
            // Temporary: private to this connection, so it cannot collide with the app's schema. The
            // test database sorts bytewise (C.UTF-8); a linguistic collation on name, as a production
            // database may have, checks that string ordering does not depend on it.
            s.execute("CREATE TEMPORARY TABLE odata_prop_rows (id int PRIMARY KEY, name text COLLATE \"en-x-icu\", stage text,"
                    + " amount numeric, closes_at timestamptz, active boolean, owner_id uuid)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO odata_prop_rows VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map<String, Object> row : ROWS) {
                insert.setInt(1, (Integer) row.get("id"));
                set(insert, 2, row.get("name"), Types.VARCHAR);
                set(insert, 3, row.get("stage"), Types.VARCHAR);
                set(insert, 4, row.get("deal/amount"), Types.NUMERIC);
                set(insert, 5, row.get("closesAt"), Types.TIMESTAMP_WITH_TIMEZONE);
                set(insert, 6, row.get("active"), Types.BOOLEAN);
                set(insert, 7, row.get("ownerId"), Types.OTHER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Property(tries = 300)
    void sqlAndInMemorySelectTheSameRows(@ForAll("filters") String filter) throws SQLException {
        List<Integer> inSql = selectInSql(filter);
        List<Integer> inMemory = selectInMemory(filter);
        Statistics.collect(inSql.isEmpty() ? "none" : inSql.size() == ROWS.size() ? "all" : "some");
        assertThat(inSql).as("rows selected by SQL vs in memory for %s", filter).isEqualTo(inMemory);
    }

    @Example
    void notOverNullsSelectsTheSameRowsBothWays() throws SQLException {
        for (String filter : List.of("not (deal/amount gt 1)", "not (name eq 'Contoso')", "stage ne 'Won'",
                "not (contains(name,'o') or active eq true)", "not (closesAt lt 2026-01-01T00:00:00Z)")) {
            List<Integer> inSql = selectInSql(filter);
            assertThat(inSql).as(filter).isEqualTo(selectInMemory(filter));
            // The rows whose value is NULL are among those selected.
            assertThat(inSql).as(filter).isNotEmpty();
        }
        assertThat(selectInSql("not (deal/amount gt 1)")).containsAll(selectInSql("deal/amount eq null"));
    }

    @Provide
    Arbitrary<String> filters() {
        return expression(4);
    }

    private static Arbitrary<String> expression(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> expression(depth - 1));
        Arbitrary<String> binary = Combinators.combine(inner, Arbitraries.of("and", "or"), inner, Arbitraries.of(true, false))
                .as((left, op, right, parenthesise) -> parenthesise
                        ? "(" + left + " " + op + " " + right + ")" : left + " " + op + " " + right);
        Arbitrary<String> not = inner.map(e -> "not (" + e + ")");
        return Arbitraries.frequencyOf(Tuple.of(3, leaf()), Tuple.of(1, not), Tuple.of(3, binary));
    }

    private static Arbitrary<String> leaf() {
        Arbitrary<String> ordering = Arbitraries.of("eq", "ne", "lt", "le", "gt", "ge");
        Arbitrary<String> equality = Arbitraries.of("eq", "ne");
        Arbitrary<String> nullCheck = Combinators.combine(Arbitraries.of(CATALOG.paths()), equality)
                .as((field, op) -> field + " " + op + " null");
        return Arbitraries.frequencyOf(
                Tuple.of(3, comparison("name", ordering, Arbitraries.of(concat(NAMES, TEXTS)).map(FilterSqlAgreementTest::quote))),
                Tuple.of(2, comparison("stage", equality, Arbitraries.of(STAGES).map(FilterSqlAgreementTest::quote))),
                Tuple.of(3, comparison("deal/amount", ordering, Arbitraries.of(AMOUNT_LITERALS))),
                Tuple.of(3, comparison("closesAt", ordering, Arbitraries.of(DATETIME_LITERALS)
                        .flatMap(d -> Arbitraries.of(d, quote(d))))),
                Tuple.of(2, comparison("active", equality, Arbitraries.of("true", "false"))),
                Tuple.of(2, comparison("even", equality, Arbitraries.of("true", "false"))),
                Tuple.of(2, comparison("ownerId", equality, Arbitraries.of(OWNERS).map(UUID::toString)
                        .flatMap(u -> Arbitraries.of(u, u.toUpperCase(), quote(u))))),
                Tuple.of(2, nullCheck),
                Tuple.of(3, Combinators.combine(Arbitraries.of("contains", "startswith", "endswith"), Arbitraries.of(TEXTS))
                        .as((function, text) -> function + "(name," + quote(text) + ")")));
    }

    /** {@code field op literal}, or sometimes {@code literal op field}. */
    private static Arbitrary<String> comparison(String field, Arbitrary<String> operators, Arbitrary<String> literals) {
        return Combinators.combine(operators, literals, Arbitraries.of(true, false))
                .as((op, literal, fieldFirst) -> fieldFirst ? field + " " + op + " " + literal : literal + " " + op + " " + field);
    }

    private static List<Integer> selectInSql(String filter) throws SQLException {
        SqlFragment fragment = ODataQuery.filter(filter, CATALOG, "p");
        // Named parameters to JDBC's positional ones, bound in order of appearance.
        List<Object> values = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(fragment.sql());
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            values.add(fragment.parameters().get(matcher.group(1)));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        assertThat(values).hasSize(fragment.parameters().size()).doesNotContainNull();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM odata_prop_rows t WHERE " + sql + " ORDER BY id")) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            List<Integer> ids = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getInt(1));
                }
            }
            return ids;
        }
    }

    private static List<Integer> selectInMemory(String filter) {
        var predicate = ODataQuery.predicate(filter, CATALOG);
        return ROWS.stream().filter(predicate).map(row -> (Integer) row.get("id")).toList();
    }

    /** 40 fixed rows; about one value in five is NULL. */
    private static List<Map<String, Object>> rows() {
        Random random = new Random(20260101);
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
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    private static <T> T pick(Random random, List<T> values) {
        return random.nextInt(5) == 0 ? null : values.get(random.nextInt(values.size()));
    }

    private static void set(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
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
