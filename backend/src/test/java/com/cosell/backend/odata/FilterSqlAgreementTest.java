package com.cosell.backend.odata;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.backend.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random filters over a small table with NULLs must select exactly the same rows in PostgreSQL
 * (through the generated SQL) and in memory (through the predicate).
 */
class FilterSqlAgreementTest {

    private static final List<Map<String, Object>> ROWS = AgreementData.ROWS;
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
            s.execute(
                    "CREATE TEMPORARY TABLE odata_prop_rows (id int PRIMARY KEY, name text COLLATE \"en-x-icu\", stage text,"
                            + " amount numeric, closes_at timestamptz, active boolean, owner_id uuid, team jsonb)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO odata_prop_rows VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            for (Map<String, Object> row : ROWS) {
                insert.setInt(1, (Integer) row.get("id"));
                set(insert, 2, row.get("name"), Types.VARCHAR);
                set(insert, 3, row.get("stage"), Types.VARCHAR);
                set(insert, 4, row.get("deal/amount"), Types.NUMERIC);
                set(insert, 5, row.get("closesAt"), Types.TIMESTAMP_WITH_TIMEZONE);
                set(insert, 6, row.get("active"), Types.BOOLEAN);
                set(insert, 7, row.get("ownerId"), Types.OTHER);
                set(
                        insert,
                        8,
                        row.get("team") == null ? null : JSON.writeValueAsString(row.get("team")),
                        Types.VARCHAR);
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
        for (String filter : List.of(
                "not (deal/amount gt 1)",
                "not (name eq 'Contoso')",
                "stage ne 'Won'",
                "not (contains(name,'o') or active eq true)",
                "not (closesAt lt 2026-01-01T00:00:00Z)")) {
            List<Integer> inSql = selectInSql(filter);
            assertThat(inSql).as(filter).isEqualTo(selectInMemory(filter));
            // The rows whose value is NULL are among those selected.
            assertThat(inSql).as(filter).isNotEmpty();
        }
        assertThat(selectInSql("not (deal/amount gt 1)")).containsAll(selectInSql("deal/amount eq null"));
    }

    @Example
    void lambdasOverMissingEmptyAndMixedCaseTeamsSelectTheSameRowsBothWays() throws SQLException {
        for (String filter : List.of(
                "team/any(m:m/email eq 'ANA@contoso.com')",
                "team/all(m:m/email eq 'x')",
                "not team/any(m:m/email ne null)",
                "team/all(m:contains(m/email,'contoso') or m/name ne 'Zeta')",
                "team/any(m:m/email eq null) and team/any(m:m/email ne null)")) {
            List<Integer> inSql = selectInSql(filter);
            assertThat(inSql).as(filter).isEqualTo(selectInMemory(filter));
            // Each is true of some rows and false of others, so the rows exercise it.
            assertThat(inSql).as(filter).isNotEmpty().hasSizeLessThan(ROWS.size());
        }
    }

    @Provide
    Arbitrary<String> filters() {
        return AgreementData.expression(4);
    }

    private static List<Integer> selectInSql(String filter) throws SQLException {
        SqlFragment fragment = ODataQuery.filter(filter, AgreementData.CATALOG, "p");
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
        try (PreparedStatement query =
                connection.prepareStatement("SELECT id FROM odata_prop_rows t WHERE " + sql + " ORDER BY id")) {
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
        var predicate = ODataQuery.predicate(filter, AgreementData.CATALOG);
        return ROWS.stream()
                .filter(predicate)
                .map(row -> (Integer) row.get("id"))
                .toList();
    }

    private static void set(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            statement.setObject(index, value);
        }
    }
}
