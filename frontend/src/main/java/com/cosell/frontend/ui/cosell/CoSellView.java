package com.cosell.frontend.ui.cosell;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.BulkApi;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.backend.SharedPeople;
import com.cosell.frontend.backend.SharedPeople.People;
import com.cosell.frontend.backend.SharedReferralReads;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.events.ReferralEvents;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.bulk.CsvExport;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.UiAccess;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Inbound, Outbound and Favorites, each a lazily loaded list (OData $top/$skip/$orderby), as partner or seller. */
@Route(Routes.LIST)
@PermitAll
public class CoSellView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser user;
    private final BackendClient backend;
    private final BulkApi bulk;
    private final SharedPeople people;
    /** The filter and order of the last read, which "Export CSV" downloads (read off the UI thread). */
    private volatile CsvExport.ListQuery shown =
            new CsvExport.ListQuery("direction eq 'Incoming'", "updatedDateTime desc");

    private final ReferralEvents events;

    private final ListControls controls = new ListControls(this, this::changed);
    private final Span count = new Span();
    private final Paragraph error = new Paragraph();
    private final ReferralGrid grid;
    private final ListRows rows;
    private @Nullable Registration subscription;
    private boolean built;
    /** Set while the controls are put where a URL says: their listeners must not each reload. */
    private boolean restoring;

    private ListPlace place = ListPlace.DEFAULT;

    CoSellView(
            CurrentUser user,
            BackendClient backend,
            DuplicatesApi duplicates,
            BulkApi bulk,
            SharedPeople people,
            SharedReferralReads reads,
            ReferralEvents events,
            Clock clock) {
        this.user = user;
        this.backend = backend;
        this.bulk = bulk;
        this.people = people;
        this.events = events;
        this.grid = new ReferralGrid(clock, this::setFavorite);
        this.rows = new ListRows(this, user, backend, duplicates, reads, grid, clock);
        addClassName("cosell-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Me> me;
        try {
            me = Workspace.enter(event, user);
        } catch (BackendException e) {
            removeAll();
            error.setId("backend-error");
            error.addClassName("error-text");
            error.setText(getTranslation("home.backend-unavailable", e.getMessage()));
            add(new H2(getTranslation("cosell.title")), error);
            return;
        }
        if (me.isPresent()) {
            if (!built) {
                build(me.get());
                built = true;
            }
            show(ListPlace.from(event.getLocation().getQueryParameters()));
        }
    }

    /** Puts the list where the URL says, with one load, not one per control set. */
    private void show(ListPlace place) {
        restoring = true;
        try {
            controls.setTo(place);
            grid.sort(List.of(new GridSortOrder<>(
                    grid.getColumnByKey(place.sort()),
                    place.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            restoring = false;
        }
        this.place = place;
        place.remember();
        grid.reload();
        if (place.row() > 0) {
            grid.scrollToIndex(place.row());
        }
    }

    /** A control changed: reload from the first row, and let the URL say where the list now is. */
    private void changed() {
        if (restoring) {
            return;
        }
        grid.reload();
        grid.scrollToStart();
        placeChanged(current(0));
    }

    private ListPlace current(int row) {
        return ListPlace.of(filter(), grid.getSortOrder(), row);
    }

    /** replaceState, not a navigation: Back leaves the list rather than stepping through its filters. */
    private void placeChanged(ListPlace next) {
        if (next.equals(place)) {
            return;
        }
        place = next;
        next.remember();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("", next.toQuery())));
    }

    private void build(Me me) {
        grid.setTracksReceivers(Roles.isSeller(me)); // a seller's Outbound: at the partners' stage, filter too
        H2 title = new H2(getTranslation("cosell.title"));
        grid.hideRowsOnSwitch(controls.tabs);
        count.setId("referral-count");
        count.addClassName("referral-count");
        controls.toolbar.add(count);
        controls.addActionsFor(me);
        try {
            controls.ownersFor(
                    me, people.of(user.authentication(), me.organization().id()));
        } catch (BackendException e) {
            controls.ownersFor(me, People.NONE); // the filter still offers "Assigned to me" and "Unassigned"
        }
        controls.toolbar.add(CsvExport.referrals(this, bulk, user.authentication(), () -> shown));
        error.setId("list-error");
        error.addClassName("error-text");
        error.setVisible(false);

        grid.setItems(this::fetch);
        grid.identifyRowsById();
        grid.addSortListener(e -> placeChanged(restoring ? place : current(0)));
        grid.onFirstRowShown(row -> placeChanged(current(row)));
        add(title, controls.tabs, controls.toolbar, error, grid);
        expand(grid);
    }

    public ReferralListFilter filter() {
        return controls.filter().sentToOthers(grid.tracksReceivers());
    }

    /** One range the grid asks for: what it shows plus a margin, never the whole table. */
    private Stream<Referral> fetch(Query<Referral, Void> query) {
        String orderBy = query.getSortOrders().stream()
                .map(o -> o.getSorted() + (o.getDirection() == SortDirection.DESCENDING ? " desc" : " asc"))
                .collect(Collectors.joining(","));
        ReferralListFilter listFilter = filter();
        grid.showEmptyFor(listFilter.stage(), listFilter.search());
        String filter = listFilter.toOData();
        String order = orderBy.isEmpty() ? "updatedDateTime desc" : orderBy;
        shown = new CsvExport.ListQuery(filter, order);
        List<Referral> read = new ArrayList<>();
        try {
            rows.read(
                    filter,
                    order,
                    query.getOffset(),
                    query.getLimit(),
                    read,
                    n -> count.setText(getTranslation("cosell.count", n, Formats.number(n, getLocale()))));
            error.setVisible(false);
        } catch (BackendException e) {
            error.setText(getTranslation("cosell.load-failed", e.getMessage()));
            error.setVisible(true);
        }
        return read.stream();
    }

    private void setFavorite(Referral referral, boolean on) {
        if (referral.id() == null) {
            return;
        }
        try {
            // The favourite is the user's own flag: no If-Match, it overwrites nobody's work.
            Referral updated = backend.patch(
                    user.authentication(),
                    referral.id().toString(),
                    null,
                    List.of(PatchOperation.set("/favorite", on)));
            rows.remember(updated.favorite() == null ? referral.withFavorite(on) : updated);
            if (filter().tab() == ReferralListFilter.Tab.FAVORITES) {
                grid.reload();
            } else {
                grid.refreshRow(updated.favorite() == null ? referral.withFavorite(on) : updated);
            }
        } catch (BackendException e) {
            Notification.show(getTranslation("favorite.failed", e.getMessage()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = events.subscribe(batch -> UiAccess.run(event.getUI(), () -> onChanges(batch)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** A live change, on its own. */
    void onChange(ReferralChange change) {
        onChanges(List.of(change));
    }

    /** Live changes, once the list is built (see {@link ListRows#apply}). */
    void onChanges(List<ReferralChange> changes) {
        if (built) {
            rows.apply(changes);
        }
    }

    ReferralGrid grid() {
        return grid;
    }
}
