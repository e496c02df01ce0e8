package com.cosell.frontend.ui.cosell;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.backend.ReferralQuery;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.backend.SharedReferralReads;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.ui.common.LiveToast;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the Co-sell list: read in backend pages, then kept current by live changes. It knows
 * the user's favourites among the rows read, since a live change carries no heart of its own.
 */
final class ListRows {

    /** The backend's largest $top is 200; smaller pages keep each answer quick. */
    private static final int PAGE = 100;

    private final Component view;
    private final CurrentUser user;
    private final BackendClient backend;
    private final DuplicatesApi duplicates;
    private final SharedReferralReads reads;
    private final ReferralGrid grid;
    private final ToastBudget toasts;
    private final Set<String> favourites = new HashSet<>();

    ListRows(
            Component view,
            CurrentUser user,
            BackendClient backend,
            DuplicatesApi duplicates,
            SharedReferralReads reads,
            ReferralGrid grid,
            Clock clock) {
        this.view = view;
        this.user = user;
        this.backend = backend;
        this.duplicates = duplicates;
        this.reads = reads;
        this.grid = grid;
        this.toasts = new ToastBudget(clock);
    }

    /**
     * Adds the {@code wanted} rows from {@code offset} to {@code rows}, read in backend pages of at most
     * {@link #PAGE} ($top/$skip): a page that fails leaves the ones read before. {@code count} hears the
     * total whenever the backend tells it.
     */
    void read(String filter, String orderBy, int offset, int wanted, List<Referral> rows, LongConsumer count) {
        while (rows.size() < wanted) {
            int top = Math.min(PAGE, wanted - rows.size());
            ReferralPage page = backend.referrals(
                    user.authentication(), new ReferralQuery(filter, orderBy, top, offset + rows.size(), true));
            if (page.count() != null) {
                count.accept(page.count());
            }
            // The grid keeps its rows while the page is open: only what a row shows.
            List<Referral> read =
                    page.value().stream().limit(top).map(Referrals::listRow).toList();
            markConflicts(read);
            read.forEach(r -> {
                rows.add(r);
                remember(r);
            });
            if (page.value().size() < top || page.nextLink() == null) {
                break;
            }
        }
    }

    /**
     * Live changes: each changed row is redrawn, from the changes themselves when they say all that
     * changed in it ({@link RowChange}), else from one read of the referral; a new referral reloads
     * the list once (its place depends on the order). A burst of changes costs one pass, not one per
     * change.
     */
    void apply(List<ReferralChange> changes) {
        Map<String, List<ReferralChange>> byReferral = new LinkedHashMap<>();
        changes.forEach(c -> byReferral
                .computeIfAbsent(c.referralId(), id -> new ArrayList<>())
                .add(c));
        boolean reload = false;
        for (List<ReferralChange> its : byReferral.values()) {
            ReferralChange change = its.getLast();
            // A referral created and changed in one burst (routed to its owner as it is created) is new
            // all the same: its latest change alone would only redraw a row the grid does not have yet.
            boolean created = its.stream().anyMatch(ReferralChange::isCreated);
            Referral current = created
                    ? read(change)
                    : shown(change.referralId())
                            .flatMap(row -> RowChange.apply(row, its))
                            .orElseGet(() -> read(change));
            if (created || current == null) {
                reload = true;
            } else {
                markConflicts(List.of(current));
                grid.showChanged(current);
            }
            if (!change.madeBy(user.me().id()) // one's own change was confirmed when it was saved
                    && toasts.mayShow()
                    && LiveToast.forChange(view, change, current).isPresent()) {
                toasts.shown();
            }
        }
        if (reload) {
            grid.reload();
        }
    }

    /** The referral as of the change, read once for the organization; null when no longer visible. */
    private @Nullable Referral read(ReferralChange change) {
        return reads.read(user.authentication(), user.me().organization().id(), change.referralId(), change.seq())
                .map(r -> r.withFavorite(favourites.contains(change.referralId())))
                .orElse(null);
    }

    /** The row the grid holds for this referral (it holds those around what it shows), if any. */
    private Optional<Referral> shown(String id) {
        var held = grid.getDataCommunicator().getKeyMapper();
        try {
            Referral probe = Referral.builder().id(UUID.fromString(id)).build();
            return held.has(probe) ? Optional.ofNullable(held.get(held.key(probe))) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The vendor's rows: which of them another partner's deal on the same customer conflicts with. */
    private void markConflicts(List<Referral> read) {
        if (!grid.tracksReceivers() || read.isEmpty()) {
            return;
        }
        List<String> ids = read.stream()
                .filter(r -> r.id() != null)
                .map(r -> r.id().toString())
                .toList();
        try {
            var found = duplicates.conflicts(user.authentication(), ids);
            grid.markConflicts(ids, found == null ? Set.of() : found.keySet());
        } catch (BackendException e) {
            // the marker is advice: a failed look-up leaves the rows as they were
        }
    }

    void remember(Referral row) {
        if (row.id() != null && row.favorited()) {
            favourites.add(row.id().toString());
        } else if (row.id() != null) {
            favourites.remove(row.id().toString());
        }
    }
}
