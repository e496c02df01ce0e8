package com.cosell.frontend.ui.cosell;

import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.SharedPeople.People;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.cosell.ReferralListFilter.StageFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the list shows — tab, stage, search — as controls; {@link #filter} reads them, {@link #setTo} sets them. */
final class ListControls {

    final Tabs tabs = new Tabs();
    /**
     * A combo box, like the owner filter beside it: a select keeps a component per item (eight
     * stages) in every session, where a combo box sends its items as data when it opens.
     */
    final ComboBox<StageFilter> stage = new ComboBox<>();

    final TextField search = new TextField();
    /**
     * Whose referrals: anyone's, the user's ("Assigned to me"), nobody's, or a colleague's. A combo box,
     * not a select: one types a colleague's name among hundreds, and its items are data sent when it
     * opens, where a select keeps a component per item in every session (bench/vaadin measured the
     * Inbound tab at 541 KB a session with 117 colleagues listed).
     */
    final ComboBox<String> owner = new ComboBox<>();

    /** The owner filter's own choices: anyone, me, nobody, and an owner a URL named who is not among the people. */
    private final Map<String, String> ownerChoices = new LinkedHashMap<>();
    /** The organization's people, shared with its other sessions (see {@link SharedPeople}). */
    private People people = People.NONE;

    private @Nullable String me;
    /** The stage and search row; the view adds the count and its buttons. */
    final HorizontalLayout toolbar;

    private final Map<Tab, ReferralListFilter.Tab> kinds = new LinkedHashMap<>();

    ListControls(Component i18n, Runnable changed) {
        for (ReferralListFilter.Tab kind : ReferralListFilter.Tab.values()) {
            Tab tab = new Tab(tr(i18n, "cosell.tab." + kind.name()));
            tab.setId("tab-" + kind.name().toLowerCase(Locale.ROOT));
            kinds.put(tab, kind);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> changed.run());
        // vaadin-tabs puts a focusable scroll box (tabindex=-1) between its tablist and the tabs,
        // which screen readers and axe take for a stray child of the tablist; the tabs stay focusable.
        tabs.addAttachListener(e -> tabs.getElement()
                .executeJs(
                        "this.updateComplete.then(() => this.$.scroll && this.$.scroll.removeAttribute('tabindex'))"));

        stage.setId("stage-filter");
        stage.setLabel(tr(i18n, "cosell.filter.stage"));
        stage.setItems(StageFilter.values());
        stage.setItemLabelGenerator(s -> tr(i18n, "cosell.filter.stage." + s.name()));
        clearedMeans(stage, StageFilter.ALL, changed);

        search.setId("search");
        search.setLabel(tr(i18n, "cosell.search"));
        search.setPlaceholder(tr(i18n, "cosell.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> changed.run());

        owner.setId("owner-filter");
        owner.setLabel(tr(i18n, "owner.filter"));
        ownerChoices.put(ReferralListFilter.ANYONE, tr(i18n, "owner.filter.anyone"));
        ownerChoices.put(ReferralListFilter.ME, tr(i18n, "owner.filter.me"));
        ownerChoices.put(ReferralListFilter.NOBODY, tr(i18n, "owner.unassigned"));
        owner.setItems(ownerItems());
        owner.setItemLabelGenerator(
                id -> ownerChoices.getOrDefault(id, people.names().getOrDefault(id, id)));
        clearedMeans(owner, ReferralListFilter.ANYONE, changed);

        toolbar = new HorizontalLayout(stage, owner, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("cosell-toolbar");
    }

    /** A filter that starts at, and when cleared returns to, its widest choice (that change reloads). */
    private static <T> void clearedMeans(ComboBox<T> filter, T widest, Runnable changed) {
        filter.setValue(widest);
        filter.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                filter.setValue(widest);
            } else {
                changed.run();
            }
        });
    }

    /** The user's colleagues, to filter by; the list's own choices stay first. */
    void ownersFor(Me user, People people) {
        me = user.id();
        this.people = people;
        String shown = owner.getValue();
        owner.setItems(ownerItems());
        owner.setValue(shown);
    }

    /** The choices, then the colleagues but the user ("Assigned to me"): a view of both, not a copy. */
    private List<String> ownerItems() {
        List<String> fixed = List.copyOf(ownerChoices.keySet());
        List<String> others = people.ids();
        int mine = me == null ? -1 : others.indexOf(me);
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                if (index < fixed.size()) {
                    return fixed.get(index);
                }
                int other = index - fixed.size();
                return others.get(mine >= 0 && other >= mine ? other + 1 : other);
            }

            @Override
            public int size() {
                return fixed.size() + others.size() - (mine >= 0 ? 1 : 0);
            }
        };
    }

    /** Create a deal for partner admins, send a referral for sellers. */
    void addActionsFor(Me me) {
        if (Roles.isPartnerAdmin(me)) {
            toolbar.add(action("create-deal", tr(toolbar, "cosell.create"), VaadinIcon.PLUS, Routes.CREATE_DEAL));
            Button importCsv = action("import-csv", tr(toolbar, "bulk.import.open"), VaadinIcon.UPLOAD, Routes.IMPORT);
            importCsv.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(importCsv);
        }
        if (Roles.isSeller(me)) {
            toolbar.add(
                    action("send-referral", tr(toolbar, "cosell.send"), VaadinIcon.PAPERPLANE, Routes.SEND_REFERRAL));
        }
    }

    private static Button action(String id, String label, VaadinIcon icon, String route) {
        Button button = new Button(label, icon.create(), e -> Routes.navigate(route));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static String tr(Component i18n, String key) {
        return i18n.getTranslation(key);
    }

    ReferralListFilter filter() {
        ReferralListFilter.Tab kind = kinds.getOrDefault(tabs.getSelectedTab(), ReferralListFilter.Tab.INBOUND);
        return new ReferralListFilter(
                        kind, stage.getValue() == null ? StageFilter.ALL : stage.getValue(), search.getValue())
                .ownedBy(owner.getValue() == null ? ReferralListFilter.ANYONE : owner.getValue(), me);
    }

    void setTo(ListPlace place) {
        kinds.forEach((tab, kind) -> {
            if (kind == place.tab()) {
                tabs.setSelectedTab(tab);
            }
        });
        stage.setValue(place.stage());
        search.setValue(place.search());
        if (!ownerChoices.containsKey(place.owner()) && !people.names().containsKey(place.owner())) {
            ownerChoices.put(place.owner(), place.owner()); // a colleague not known here (yet): by id
            owner.setItems(ownerItems());
        }
        owner.setValue(place.owner());
    }
}
