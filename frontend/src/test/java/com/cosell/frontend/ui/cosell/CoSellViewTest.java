package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Owner;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.backend.ReferralQuery;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoSellViewTest extends CoSellViewTestBase {

    @Test
    void inboundIsLoadedPageByPageNewestFirst() {
        navigate(CoSellView.class);

        assertThat(test(grid()).size()).isEqualTo(2);
        ReferralQuery q = lastQuery();
        assertThat(q.filter()).isEqualTo("direction eq 'Incoming'");
        assertThat(q.orderBy()).isEqualTo("updatedDateTime desc");
        assertThat(q.skip()).isZero();
        assertThat(q.top()).isPositive().isLessThanOrEqualTo(100);
        assertThat(q.count()).isTrue();
        assertThat(find(Span.class).id("referral-count").getText()).isEqualTo("2 referrals");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("customer")))
                .isEqualTo("Woodgrove Bank");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("value")))
                .isEqualTo("$125,000.50");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("time-left")))
                .isEqualTo("3 days");
    }

    /** What the grid holds for a row of the browser's viewport, for as long as the page is open. */
    private Referral kept(Referral row) {
        var keys = grid().getDataCommunicator().getKeyMapper();
        assertThat(keys.has(row)).as("row %s is in the viewport", row.id()).isTrue();
        return keys.get(keys.key(row));
    }

    private void browserShowsFirstRows() {
        grid().getDataCommunicator().setViewportRange(0, 25);
        roundTrip();
    }

    @Test
    void theGridKeepsOnlyWhatARowShows() {
        navigate(CoSellView.class);
        browserShowsFirstRows();

        Referral row = kept(first);
        assertThat(row).isEqualTo(Referrals.listRow(first));
        assertThat(row.team()).isNull();
        assertThat(row.consent()).isNull();
        assertThat(row.customerProfile().address()).isNull();
        assertThat(row.customerProfile().teamOrEmpty()).isEmpty();
        assertThat(row.details().notes()).isNull();
        assertThat(row.solutions()).isEmpty();
        assertThat(row.customerName()).isEqualTo("Woodgrove Bank");
        assertThat(row.details().dealValue()).isEqualByComparingTo("125000.50");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLiveChangeKeepsOnlyWhatARowShows() {
        navigate(CoSellView.class);
        browserShowsFirstRows();
        Referral accepted = Fixtures.referral(R1, "Woodgrove migration", "Active", "Accepted", "Shared", "Incoming");
        when(backend.referral(any(), eq(R1))).thenReturn(accepted);

        ((CoSellView) grid().getParent().orElseThrow())
                .onChange(new ReferralChange(
                        9, EventType.REFERRAL_UPDATED, R1, Fixtures.engagement(R1), Instant.now(), "Ana", List.of()));

        roundTrip();

        // The row is replaced, not joined by a second copy of it.
        assertThat(kept(accepted)).isEqualTo(Referrals.listRow(accepted));
        assertThat(((KeyMapper<Referral>) grid().getDataCommunicator().getKeyMapper()).objects())
                .extracting(r -> String.valueOf(r.id()))
                .containsExactlyInAnyOrder(R1, R2);
    }

    @Test
    void tabsFilterByDirectionAndFavorite() {
        navigate(CoSellView.class);
        Tabs tabs = find(Tabs.class).single();

        tabs.setSelectedTab(find(Tab.class).id("tab-outbound"));
        test(grid()).size();
        assertThat(lastQuery().filter()).isEqualTo("direction eq 'Outgoing'");

        tabs.setSelectedTab(find(Tab.class).id("tab-favorites"));
        test(grid()).size();
        assertThat(lastQuery().filter()).isEqualTo("favorite eq true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stageAndSearchNarrowTheListWithQuotesEscaped() {
        navigate(CoSellView.class);

        ((ComboBox<ReferralListFilter.StageFilter>) find(ComboBox.class).id("stage-filter"))
                .setValue(ReferralListFilter.StageFilter.WON);
        find(TextField.class).id("search").setValue("O'Brien");
        test(grid()).size();

        assertThat(lastQuery().filter())
                .isEqualTo("direction eq 'Incoming' and substatus eq 'Won' and "
                        + "(contains(name,'O''Brien') or contains(customerProfile/name,'O''Brien'))");
    }

    @Test
    void sortingIsDoneByTheBackend() {
        navigate(CoSellView.class);

        test(grid()).sortByColumn("value", SortDirection.ASCENDING);
        test(grid()).size();

        assertThat(lastQuery().orderBy()).isEqualTo("details/dealValue asc");
    }

    @Test
    void heartTogglesTheFavorite() {
        when(backend.patch(any(), eq(R1), isNull(), any())).thenReturn(first.withFavorite(true));
        navigate(CoSellView.class);

        browserShowsFirstRows();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "on", Boolean.class))
                .isFalse();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "label", String.class))
                .isEqualTo("Add to favorites");
        test(grid()).invokeLitRendererFunction(0, "favorite", "toggle");

        verify(backend).patch(any(), eq(R1), isNull(), eq(List.of(PatchOperation.set("/favorite", true))));
        assertThat(kept(first).favorited())
                .as("the row now drawn with a filled heart")
                .isTrue();
    }

    @Test
    void aFilledHeartRemovesTheFavorite() {
        answer(List.of(first.withFavorite(true), second));
        when(backend.patch(any(), eq(R1), isNull(), any())).thenReturn(first.withFavorite(false));
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "on", Boolean.class))
                .isTrue();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "label", String.class))
                .isEqualTo("Remove from favorites");
        test(grid()).invokeLitRendererFunction(0, "favorite", "toggle");

        verify(backend).patch(any(), eq(R1), isNull(), eq(List.of(PatchOperation.set("/favorite", false))));
    }

    @Test
    void partnersCanCreateButNotSend() {
        navigate(CoSellView.class);

        assertThat(find(Button.class).withId("create-deal").exists()).isTrue();
        assertThat(find(Button.class).withId("send-referral").exists()).isFalse();
    }

    @Test
    void sellersSendButDoNotCreate() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        navigate(CoSellView.class);

        assertThat(find(Button.class).withId("create-deal").exists()).isFalse();
        assertThat(find(Button.class).withId("send-referral").exists()).isTrue();
    }

    @Test
    void markupInADealNameIsText() {
        navigate(CoSellView.class);

        // The name goes to the browser as it is, into a text position of the template (Lit escapes
        // it there): never bound as HTML.
        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "name", String.class))
                .isEqualTo("<b>Bold</b> deal");
        assertThat(ReferralGrid.nameTemplate("Conflict", "Another partner"))
                .contains(">${item.name}</a>")
                .doesNotContain("innerHTML")
                .doesNotContain("unsafeHTML");
    }

    @Test
    void theNameLinksToTheDetailPageWithoutAPageLoad() {
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "href", String.class))
                .isEqualTo(new RouterLink(ReferralDetailView.class, R2).getHref())
                .isEqualTo("referrals/" + R2);
        assertThat(ReferralGrid.nameTemplate("Conflict", "Another partner"))
                .startsWith("<div class=\"row-name\"><a router-link href=\"${item.href}\"");
    }

    @Test
    void theOwnerFilterOffersTheColleaguesButTheUserWhoIsAssignedToMe() {
        when(owners.people(any()))
                .thenReturn(List.of(
                        new Owner("u-alice", "Alice Kim"),
                        new Owner("u-bob", "Bob Lee"),
                        new Owner("u-cho", "Cho Lee")));
        navigate(CoSellView.class);

        @SuppressWarnings("unchecked")
        ComboBox<String> owner = find(ComboBox.class).id("owner-filter");
        List<String> offered = owner.getListDataView().getItems().toList();
        assertThat(offered).containsExactly("", "me", "none", "u-alice", "u-cho");
        assertThat(offered.stream().map(owner.getItemLabelGenerator()))
                .containsExactly("Anyone", "Assigned to me", "Unassigned", "Alice Kim", "Cho Lee");

        owner.setValue("u-cho");
        test(grid()).size(); // the grid reads again
        assertThat(lastQuery().filter()).contains("owner/id eq 'u-cho'");
        owner.clear(); // cleared: anyone's again, not an empty filter
        assertThat(owner.getValue()).isEqualTo(ReferralListFilter.ANYONE);
    }
}
