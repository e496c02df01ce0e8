package com.cosell.frontend.ui.cosell;

import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.cosell.ReferralListFilter.StageFilter;
import com.cosell.frontend.ui.cosell.ReferralListFilter.Tab;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person is in the list — tab, stage, search, sort, first row shown — as the query of the
 * list's URL, so a reload, the browser's Back and a shared link open the same place. Only what
 * differs from the default is written, so the plain list keeps its plain address.
 *
 * @param sort a sortable column's key
 * @param row the index of the first row in view (the grid scrolls rather than pages)
 * @param owner whose referrals, as {@link ReferralListFilter#owner()} ({@code owner=me}: "Assigned to me")
 */
public record ListPlace(
        Tab tab, StageFilter stage, String search, String sort, boolean descending, int row, String owner) {

    public static final ListPlace DEFAULT = new ListPlace(Tab.INBOUND, StageFilter.ALL, "", "updated", true, 0);

    public ListPlace(Tab tab, StageFilter stage, String search, String sort, boolean descending, int row) {
        this(tab, stage, search, sort, descending, row, ReferralListFilter.ANYONE);
    }

    /** The grid's sortable columns, by key: anything else in a URL falls back to the default order. */
    static final Set<String> SORTABLE = Set.of("name", "customer", "value", "close", "time-left", "updated");

    /** Reads a URL's query; a value that names nothing (edited by hand, an old link) is the default's. */
    public static ListPlace from(QueryParameters query) {
        Map<String, List<String>> q = query.getParameters();
        Tab tab = named(Tab.class, first(q, "tab")).orElse(DEFAULT.tab);
        StageFilter stage = named(StageFilter.class, first(q, "stage")).orElse(DEFAULT.stage);
        String search = first(q, "q").orElse("");
        String sort = first(q, "sort").filter(SORTABLE::contains).orElse(DEFAULT.sort);
        boolean descending = first(q, "dir")
                .map(d -> !d.equals("asc"))
                .orElse(sort.equals(DEFAULT.sort) ? DEFAULT.descending : false);
        int row = first(q, "row").flatMap(ListPlace::number).orElse(0);
        return new ListPlace(
                tab, stage, search, sort, descending, row, first(q, "owner").orElse(""));
    }

    /** Where the list is: its filter, the grid's order and the first row in view. */
    static ListPlace of(ReferralListFilter filter, List<? extends GridSortOrder<?>> order, int row) {
        String sort = order.isEmpty() ? DEFAULT.sort : order.get(0).getSorted().getKey();
        boolean descending =
                order.isEmpty() ? DEFAULT.descending : order.get(0).getDirection() == SortDirection.DESCENDING;
        return new ListPlace(filter.tab(), filter.stage(), filter.search(), sort, descending, row, filter.owner());
    }

    public QueryParameters toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (tab != DEFAULT.tab) {
            q.put("tab", tab.name().toLowerCase(Locale.ROOT));
        }
        if (stage != DEFAULT.stage) {
            q.put("stage", stage.name().toLowerCase(Locale.ROOT));
        }
        if (!search.isBlank()) {
            q.put("q", search);
        }
        if (!sort.equals(DEFAULT.sort) || descending != DEFAULT.descending) {
            q.put("sort", sort);
            q.put("dir", descending ? "desc" : "asc");
        }
        if (row > 0) {
            q.put("row", Integer.toString(row));
        }
        if (!owner.isEmpty()) {
            q.put("owner", owner);
        }
        return QueryParameters.simple(q);
    }

    /** Kept for the session, so the detail page's "Back" returns to the same place, not the default list. */
    public void remember() {
        Routes.rememberList(toQuery());
    }

    private static Optional<String> first(Map<String, List<String>> q, String name) {
        return q.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, Optional<String> value) {
        try {
            return value.map(v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Math.max(0, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
