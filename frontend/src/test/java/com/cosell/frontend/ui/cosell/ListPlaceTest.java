package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.backend.ReferralQuery;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.ReferralListFilter.StageFilter;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The list's place in its URL: read back from a link, kept for the detail page's way back. */
class ListPlaceTest extends ViewTestBase {

    private static final String ID = "00000000-0000-4000-8000-000000000001";
    private List<Referral> rows = List.of(Fixtures.received(ID, "Woodgrove migration"));

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        doAnswer(call -> new ReferralPage((long) rows.size(), rows, null))
                .when(backend)
                .referrals(any(), any());
    }

    private ReferralQuery lastQuery() {
        ArgumentCaptor<ReferralQuery> q = ArgumentCaptor.forClass(ReferralQuery.class);
        verify(backend, atLeastOnce()).referrals(any(), q.capture());
        return q.getValue();
    }

    @SuppressWarnings("unchecked")
    private Grid<Referral> grid() {
        return find(Grid.class).id("referral-grid");
    }

    @Test
    void aLinkWithAPlaceOpensTheListThere() {
        UI.getCurrent()
                .navigate(
                        CoSellView.class,
                        QueryParameters.fromString("tab=outbound&stage=won&q=Wood&sort=value&dir=asc"));
        test(grid()).size();

        assertThat(find(Tabs.class).single().getSelectedTab().getId()).hasValue("tab-outbound");
        assertThat(find(ComboBox.class).id("stage-filter").getValue()).isEqualTo(StageFilter.WON);
        assertThat(find(TextField.class).id("search").getValue()).isEqualTo("Wood");
        assertThat(lastQuery().filter())
                .isEqualTo("direction eq 'Outgoing' and substatus eq 'Won' and "
                        + "(contains(name,'Wood') or contains(customerProfile/name,'Wood'))");
        assertThat(lastQuery().orderBy()).isEqualTo("details/dealValue asc");
    }

    @Test
    void nonsenseInTheUrlFallsBackToTheDefaults() {
        ListPlace place = ListPlace.from(
                QueryParameters.simple(Map.of("tab", "nope", "stage", "'; drop", "sort", "password", "row", "-5")));

        assertThat(place).isEqualTo(ListPlace.DEFAULT);
    }

    @Test
    void theDefaultPlaceHasThePlainAddressAndEveryOtherRoundTrips() {
        assertThat(ListPlace.DEFAULT.toQuery().getQueryString()).isEmpty();
        ListPlace place = new ListPlace(
                ReferralListFilter.Tab.FAVORITES, StageFilter.ARCHIVED, "O'Brien & Sons", "customer", false, 140);
        assertThat(ListPlace.from(QueryParameters.fromString(place.toQuery().getQueryString())))
                .isEqualTo(place);
    }

    @Test
    void theDetailPagesWayBackReturnsToWhereTheListWasLeft() {
        navigate(CoSellView.class);
        find(Tabs.class).single().setSelectedTab(find(Tab.class).id("tab-outbound"));
        find(TextField.class).id("search").setValue("Wood");
        test(grid()).sortByColumn("name", SortDirection.ASCENDING);
        when(backend.referral(any(), any())).thenReturn(rows.get(0));

        navigate(ReferralDetailView.class, ID);

        String back = find(RouterLink.class).id("back-to-list").getHref();
        assertThat(back).startsWith("?");
        assertThat(ListPlace.from(QueryParameters.fromString(back.substring(1))))
                .isEqualTo(new ListPlace(ReferralListFilter.Tab.OUTBOUND, StageFilter.ALL, "Wood", "name", false, 0));
    }

    @Test
    void aSearchWithoutAMatchSaysSoInsteadOfNothingYet() {
        navigate(CoSellView.class);
        rows = List.of();
        find(TextField.class).id("search").setValue("Nowhere Ltd");
        test(grid()).size();

        assertThat(find(Span.class).id("grid-empty").getText())
                .isEqualTo("No referrals match \u201cNowhere Ltd\u201d.");

        find(TextField.class).id("search").clear();
        test(grid()).size();
        assertThat(find(Span.class).id("grid-empty").getText()).isEqualTo("No referrals here yet.");
    }
}
