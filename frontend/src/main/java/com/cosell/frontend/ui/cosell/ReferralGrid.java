package com.cosell.frontend.ui.cosell;

import com.cosell.frontend.backend.Referral;
import com.cosell.frontend.backend.Stage;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.StageBadge;
import com.cosell.frontend.ui.common.TimeLeft;
import com.cosell.frontend.ui.common.TypeBadge;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/** The referral list: one row per referral, columns sortable where the backend can order by them. */
public class ReferralGrid extends Grid<Referral> {

    /** Rows changed live since the last full load: shown with a brief highlight. */
    private final Set<String> changed = new HashSet<>();

    public ReferralGrid(Clock clock, BiConsumer<Referral, Boolean> onFavorite) {
        super(Referral.class, false);
        setId("referral-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setMultiSort(false);
        setPageSize(25);
        addComponentColumn(r -> new FavoriteToggle(r.favorited(), on -> onFavorite.accept(r, on)))
                .setHeader("").setKey("favorite").setWidth("4em").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(r -> {
            RouterLink link = new RouterLink(ReferralDetailView.class, r.id() == null ? "" : r.id());
            link.setText(r.name() == null ? "—" : r.name());
            return link;
        })).setKey("name").setHeader(getTranslation("grid.name")).setSortProperty("name").setFlexGrow(2);
        addColumn(Referral::customerName).setKey("customer").setHeader(getTranslation("grid.customer"))
                .setSortProperty("customerProfile/name").setFlexGrow(2);
        addColumn(r -> r.details() == null ? "—"
                : Formats.money(r.details().dealValue(), r.details().currency(), getLocale()))
                .setKey("value").setHeader(getTranslation("grid.value")).setSortProperty("details/dealValue")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(r -> Formats.date(r.details() == null ? null : r.details().closingDateTime(), getLocale()))
                .setKey("close").setHeader(getTranslation("grid.close-date")).setSortProperty("details/closingDateTime");
        addComponentColumn(StageBadge::new).setKey("stage").setHeader(getTranslation("grid.stage"));
        addComponentColumn(TypeBadge::new).setKey("type").setHeader(getTranslation("grid.type"));
        addColumn(r -> r.stage().filter(s -> s == Stage.RECEIVED).isPresent()
                ? TimeLeft.text(this, r.expirationDateTime(), clock.instant()) : "")
                .setKey("time-left").setHeader(getTranslation("grid.time-left")).setSortProperty("expirationDateTime");
        addColumn(r -> Formats.dateTime(r.updatedDateTime(), getLocale(), ZoneId.systemDefault()))
                .setKey("updated").setHeader(getTranslation("grid.updated")).setSortProperty("updatedDateTime");
        setPartNameGenerator(r -> r.id() != null && changed.contains(r.id()) ? "changed" : null);
        setEmptyStateComponent(new Span(getTranslation("grid.empty")));
    }

    /** Redraws one row with its new content, marked as just changed. */
    public void showChanged(Referral updated) {
        if (updated.id() != null) {
            changed.add(updated.id());
        }
        getLazyDataView().refreshItem(updated);
    }

    public void reload() {
        changed.clear();
        getDataProvider().refreshAll();
    }

    public boolean isMarkedChanged(String id) {
        return changed.contains(id);
    }
}
