package com.cosell.backend.referral;

import com.cosell.backend.odata.ODataException;
import com.cosell.backend.odata.ODataQuery;
import com.cosell.backend.odata.SqlFragment;
import com.cosell.backend.referral.query.ReferralFields;
import com.cosell.backend.web.ApiProblems;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A list request: the OData {@code $filter}, {@code $orderby}, {@code $top}, {@code $skip} and
 * {@code $count} of Partner Center, already translated to parameterised SQL. {@code tallyFilter} is
 * the same filter over {@code referral_tally} when it names only direction and stage, else null.
 */
public record ReferralQuery(
        @Nullable String rawFilter,
        @Nullable String rawOrderBy,
        SqlFragment filter,
        @Nullable SqlFragment tallyFilter,
        String orderBy,
        int top,
        long skip,
        boolean count) {

    public static final int DEFAULT_TOP = 50;
    public static final int MAX_TOP = 200;
    private static final String DEFAULT_ORDER = "r.updated_at DESC";

    public static ReferralQuery parse(
            @Nullable String filter,
            @Nullable String orderBy,
            @Nullable String top,
            @Nullable String skip,
            @Nullable String count) {
        try {
            ODataQuery.Filter parsed = filter == null || filter.isBlank()
                    ? new ODataQuery.Filter(new SqlFragment("TRUE", Map.of()), Set.of())
                    : ODataQuery.parse(filter, ReferralFields.CATALOG, "f");
            SqlFragment where = parsed.where();
            @Nullable SqlFragment tally = ReferralFields.TALLY_FIELDS.containsAll(parsed.fields()) ? where : null;
            String order = orderBy == null || orderBy.isBlank()
                    ? DEFAULT_ORDER
                    : ODataQuery.orderBy(orderBy, ReferralFields.CATALOG);
            // The id last makes every order total, so pages neither repeat nor skip rows.
            return new ReferralQuery(
                    filter,
                    orderBy,
                    where,
                    tally,
                    order + ", r.id",
                    number("$top", top, DEFAULT_TOP, 1, MAX_TOP),
                    number("$skip", skip, 0, 0, 1_000_000),
                    flag(count));
        } catch (ODataException e) {
            throw ApiProblems.badRequest(e.getMessage());
        }
    }

    /**
     * The filter narrowed to one owner: {@code me} (the caller), {@code none} (unassigned) or a
     * person's id; the same as {@code owner/id eq …} in the filter.
     */
    public static @Nullable String owned(@Nullable String filter, @Nullable String owner, String callerId) {
        if (owner == null || owner.isBlank()) {
            return filter;
        }
        String id = owner.equals("me") ? callerId : owner.trim();
        String clause = owner.equals("none") ? "owner/id eq null" : "owner/id eq '" + id.replace("'", "''") + "'";
        return filter == null || filter.isBlank() ? clause : "(" + filter + ") and " + clause;
    }

    private static int number(String name, @Nullable String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ApiProblems.badRequest(name + " must be between " + min + " and " + max + ", not " + n + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblems.badRequest(name + " must be a whole number, not '" + value + "'.");
        }
    }

    private static boolean flag(@Nullable String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiProblems.badRequest("$count is true or false, not '" + value + "'.");
    }
}
