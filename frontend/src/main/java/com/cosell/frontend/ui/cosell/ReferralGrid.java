package com.cosell.frontend.ui.cosell;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.LitTemplates;
import com.cosell.frontend.ui.common.StageBadge;
import com.cosell.frontend.ui.common.TimeLeft;
import com.cosell.frontend.ui.common.TypeBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/** The referral list: one row per referral, columns sortable where the backend can order by them. */
public class ReferralGrid extends Grid<Referral> {

    /** The heart: filled when the referral is one of the user's favourites; a click flips it. */
    static final String FAVORITE = """
            <vaadin-button theme="tertiary-inline icon" class="favorite-toggle ${item.on ? 'on' : ''}" \
            aria-label="${item.label}" title="${item.label}" @click="${toggle}">\
            <vaadin-icon icon="${item.on ? 'vaadin:heart' : 'vaadin:heart-o'}"></vaadin-icon></vaadin-button>""";

    /**
     * The deal's name, linking to its detail page. {@code router-link} is what {@link
     * com.vaadin.flow.router.RouterLink} renders too: Flow navigates without a page load. Lit's
     * {@code ${}} puts the name in as text, so markup in a name stays text. The conflict marker's
     * words are the same on every row: in the template, not in each row's data. The name's line is a
     * block of its own, so the customer's line under it is not text around the link (axe's
     * link-in-text-block).
     */
    static String nameTemplate(String conflictLabel, String conflictTitle) {
        return "<div class=\"row-name\"><a router-link href=\"${item.href}\">${item.name}</a>"
                + "<span class=\"conflict-marker\" theme=\"badge error small\" ?hidden=\"${!item.conflict}\" "
                + "title=\"" + LitTemplates.text(conflictTitle) + "\">" + LitTemplates.text(conflictLabel)
                + "</span></div>"
                + "<div class=\"row-customer\">${item.customer}</div><div class=\"row-parties\">${item.parties}</div>";
    }

    /** Lumo badges, as {@link StageBadge} and {@link TypeBadge} draw them. */
    static final String STAGE =
            "<span class=\"stage-badge\" theme=\"${item.theme}\" title=\"${item.title}\">${item.label}</span>";

    static final String TYPE = "<span theme=\"${item.theme}\">${item.label}</span>";

    /** Columns as wide as their content and header. */
    static final List<String> COMPACT = List.of("value", "stage", "type", "updated");
    /** Short values under long headers: a fixed width, the header wraps onto two lines. */
    static final Map<String, String> NARROW_VALUES = Map.of("close", "8em", "time-left", "7em");

    /** Rows changed live since the last full load: shown with a brief highlight. */
    private final Set<String> changed = new HashSet<>();

    private final Span empty = new Span();
    /** The vendor's rows another partner's deal on the same customer conflicts with. */
    private final Set<String> conflicts = new HashSet<>();
    /** A seller's list: its referrals stand where the partner they went to put them. */
    private boolean tracksReceivers;

    private final WindowWidth window = new WindowWidth(this);
    private final RowLabels labels = new RowLabels(this);

    public ReferralGrid(Clock clock, BiConsumer<Referral, Boolean> onFavorite) {
        super(Referral.class, false);
        setId("referral-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setMultiSort(false);
        setPageSize(25);
        // Lit renderers, not components: a row costs no server-side state nodes, only its data.
        addColumn(LitRenderer.<Referral>of(FAVORITE)
                        .withProperty("on", Referral::favorited)
                        .withProperty("label", r -> labels.get(r.favorited() ? "favorite.remove" : "favorite.add"))
                        .withFunction("toggle", r -> onFavorite.accept(r, !r.favorited())))
                .setHeader("")
                .setKey("favorite")
                .setWidth("3.5em")
                .setFlexGrow(0);
        addColumn(LitRenderer.<Referral>of(
                                nameTemplate(getTranslation("duplicates.conflict"), getTranslation("grid.conflict")))
                        .withProperty("href", ReferralGrid::detailUrl)
                        .withProperty("name", r -> r.name() == null ? "—" : r.name())
                        .withProperty("customer", r -> r.customerName() == null ? "" : r.customerName())
                        .withProperty("conflict", r -> r.id() != null && conflicts.contains(r.id().toString()))
                        // The partners a deal invited, each at its stage: their answers show here live.
                        .withProperty(
                                "parties",
                                r -> tracksReceivers
                                        ? ""
                                        : Referrals.invitedSummary(r, s -> labels.get(StageBadge.labelKey(s)))))
                .setKey("name")
                .setHeader(getTranslation("grid.name"))
                .setSortProperty("name")
                .setFlexGrow(3)
                .setWidth("7.5em")
                .setTooltipGenerator(r -> r.name() == null ? "" : r.name());
        addColumn(Referral::customerName)
                .setKey("customer")
                .setHeader(getTranslation("grid.customer"))
                .setSortProperty("customerProfile/name")
                .setFlexGrow(2)
                .setWidth("6.5em")
                .setTooltipGenerator(r -> r.customerName() == null ? "" : r.customerName());
        addColumn(r -> r.owner() == null
                        ? labels.get("owner.unassigned")
                        : r.owner().name())
                .setKey("owner")
                .setHeader(getTranslation("grid.owner"))
                .setFlexGrow(0) // a person's name, or "Unassigned": the rest of the room goes to the deals' names
                .setWidth("7.5em")
                .setTooltipGenerator(r -> r.owner() == null ? "" : r.owner().name());
        addColumn(r -> r.details() == null
                        ? "—"
                        : Formats.money(r.details().dealValue(), r.details().currency(), getLocale()))
                .setKey("value")
                .setHeader(getTranslation("grid.value"))
                .setSortProperty("details/dealValue")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setTooltipGenerator(r -> r.details() == null
                        ? ""
                        : Formats.money(r.details().dealValue(), r.details().currency(), getLocale()));
        addColumn(r -> Formats.date(r.details() == null ? null : r.details().closingDateTime(), getLocale()))
                .setKey("close")
                .setHeader(getTranslation("grid.close-date"))
                .setSortProperty("details/closingDateTime");
        addColumn(LitRenderer.<Referral>of(STAGE)
                        .withProperty(
                                "label",
                                r -> Referrals.standing(r, tracksReceivers)
                                        .map(s -> labels.get(StageBadge.labelKey(s)))
                                        .orElse("—"))
                        .withProperty(
                                "theme",
                                r -> Referrals.standing(r, tracksReceivers)
                                        .map(StageBadge::themes)
                                        .orElse(""))
                        .withProperty(
                                "title",
                                r -> Referrals.standing(r, tracksReceivers)
                                        .filter(Stage::isClosed)
                                        .map(s -> labels.get("stage.archived"))
                                        .orElse("")))
                .setKey("stage")
                .setHeader(getTranslation("grid.stage"));
        addColumn(LitRenderer.<Referral>of(TYPE)
                        .withProperty("label", r -> labels.get(r.shared() ? "type.Shared" : "type.Independent"))
                        .withProperty("theme", TypeBadge::themes))
                .setKey("type")
                .setHeader(getTranslation("grid.type"));
        ZoneId zone = BrowserZone.current(); // rows are also drawn from pushes, where no request tells the zone
        addColumn(r -> r.stage() == Stage.RECEIVED
                        ? TimeLeft.compact(this, r.expirationDateTime(), clock.instant())
                        : "")
                .setKey("time-left")
                .setHeader(getTranslation("grid.time-left"))
                .setSortProperty("expirationDateTime")
                .setTooltipGenerator(r -> r.stage() == Stage.RECEIVED && r.expirationDateTime() != null
                        ? Formats.dateTime(r.expirationDateTime(), getLocale(), zone)
                        : null);
        // Today's changes by their time, older ones by their day: the names get the room; the whole on hover
        addColumn(r -> Formats.dayOrTime(r.updatedDateTime(), getLocale(), zone, clock.instant()))
                .setKey("updated")
                .setHeader(getTranslation("grid.updated"))
                .setSortProperty("updatedDateTime")
                .setTooltipGenerator(r -> Formats.dateTime(r.updatedDateTime(), getLocale(), zone));
        // Short values take what they need, header included; the names share the rest, whole on hover.
        for (String key : COMPACT) {
            getColumnByKey(key).setAutoWidth(true).setFlexGrow(0);
        }
        NARROW_VALUES.forEach(
                (key, width) -> getColumnByKey(key).setWidth(width).setFlexGrow(0));
        setPartNameGenerator(r -> r.id() != null && changed.contains(r.id().toString()) ? "changed" : null);
        empty.setId("grid-empty");
        setEmptyStateComponent(empty);
        showEmptyFor(ReferralListFilter.StageFilter.ALL, "");
    }

    public void setTracksReceivers(boolean value) {
        tracksReceivers = value;
    }

    public boolean tracksReceivers() {
        return tracksReceivers;
    }

    /** See {@link WindowWidth}. */
    void setLayout(WindowWidth.Layout layout) {
        window.set(layout);
    }

    /** An empty list says why: nothing yet, nothing at this stage, or nothing matching the search. */
    public void showEmptyFor(ReferralListFilter.StageFilter stage, String search) {
        empty.setText(
                !search.isBlank()
                        ? getTranslation("grid.empty.search", search.strip())
                        : stage != ReferralListFilter.StageFilter.ALL
                                ? getTranslation("grid.empty.stage")
                                : getTranslation("grid.empty"));
    }

    /**
     * Tells {@code listener} the first row in view after the user scrolls (debounced), so the URL can
     * keep the place. The grid has no server-side scroll event; its own {@code _firstVisibleIndex}
     * is what its {@code scrollToIndex} works with.
     */
    public void onFirstRowShown(IntConsumer listener) {
        getElement()
                .addEventListener(
                        "cosell-first-row",
                        e -> listener.accept(
                                (int) e.getEventData().get("event.detail").asDouble()))
                .addEventData("event.detail");
        addAttachListener(e -> getElement().executeJs("""
                const grid = this;
                if (grid.__cosellScroll) return;
                let timer;
                grid.__cosellScroll = () => {
                  clearTimeout(timer);
                  timer = setTimeout(() => grid.dispatchEvent(
                      new CustomEvent('cosell-first-row', {detail: grid._firstVisibleIndex || 0})), 400);
                };
                grid.$.table.addEventListener('scroll', grid.__cosellScroll);"""));
    }

    /**
     * A row is one referral whatever its content, so a changed referral replaces its row. Call after
     * {@code setItems}. The lazy data view keeps its identifier provider to itself (flow-components
     * 25.2 hands it to the key mapper only for list and generic data views), so the key mapper is
     * told too: otherwise a refreshed row, not {@code equals} to the old one, became one more item
     * the grid kept (and never drew), and the row on screen stayed as it was.
     */
    public void identifyRowsById() {
        ValueProvider<Referral, Object> id = r -> r.id() == null ? "" : r.id();
        getLazyDataView().setIdentifierProvider(id::apply);
        getDataCommunicator().getKeyMapper().setIdentifierGetter(id);
    }

    /** The detail page's URL. */
    static String detailUrl(Referral r) {
        return r.id() == null ? "" : Routes.referral(r.id().toString());
    }

    /** Redraws one row with its new content, marked as just changed. */
    public void showChanged(Referral updated) {
        if (updated.id() != null) {
            changed.add(updated.id().toString());
        }
        refreshRow(updated);
    }

    /** Redraws one row with its new content; the grid keeps only what the row shows. */
    public void refreshRow(Referral updated) {
        getLazyDataView().refreshItem(Referrals.listRow(updated));
    }

    public void reload() {
        changed.clear();
        getDataProvider().refreshAll();
        // Shows the rows hideRowsOnSwitch hid: the new tab's arrive in this same answer.
        getElement().executeJs("this.classList.remove('switching')");
    }

    /**
     * A tab click hides the rows in the browser before the server answers, so the previous tab's
     * rows never stand under the new tab's name while it loads; {@link #reload} shows them again.
     */
    public void hideRowsOnSwitch(Component tabs) {
        tabs.addAttachListener(e -> tabs.getElement()
                .executeJs(
                        "this.addEventListener('selected-changed', () => $0.classList.add('switching'))",
                        getElement()));
    }

    /** Marks which of {@code ids} conflict (the vendor's list); the others lose their mark. */
    public void markConflicts(java.util.Collection<String> ids, Set<String> conflicting) {
        conflicts.removeAll(ids);
        conflicts.addAll(conflicting);
    }

    public boolean hasConflict(String id) {
        return conflicts.contains(id);
    }

    public boolean isMarkedChanged(String id) {
        return changed.contains(id);
    }
}
