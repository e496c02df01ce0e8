package com.cosell.frontend.ui.cosell;

import com.cosell.api.event.EventType;
import com.cosell.frontend.ui.account.HomeView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.PatchOperation;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.backend.Referrals;
import com.cosell.frontend.backend.ReferralQuery;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.provider.SortDirection;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CoSellViewTest extends ViewTestBase {

    private static final String R1 = Fixtures.id("r-1");
    private static final String R2 = Fixtures.id("r-2");
    private static final String R9 = Fixtures.id("r-9");

    private final Referral first = Fixtures.received(R1, "Woodgrove migration");
    private final Referral second = Fixtures.received(R2, "<b>Bold</b> deal");

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        answer(List.of(first, second));
    }

    /** The backend's paging: $skip and $top honoured. */
    private void answer(List<Referral> all) {
        doAnswer(call -> {
            ReferralQuery q = call.getArgument(1);
            return new ReferralPage((long) all.size(), all.stream().skip(q.skip()).limit(q.top()).toList(), null);
        }).when(backend).referrals(any(), any());
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
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("customer"))).isEqualTo("Woodgrove Bank");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("value"))).isEqualTo("$125,000.50");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("time-left"))).isEqualTo("3 days left");
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

        ((CoSellView) grid().getParent().orElseThrow()).onChange(new ReferralChange(9,
                EventType.REFERRAL_UPDATED, R1, Fixtures.engagement(R1), Instant.now(), "Ana", List.of()));

        roundTrip();

        // The row is replaced, not joined by a second copy of it.
        assertThat(kept(accepted)).isEqualTo(Referrals.listRow(accepted));
        assertThat(((KeyMapper<Referral>) grid().getDataCommunicator().getKeyMapper()).objects())
                .extracting(r -> String.valueOf(r.id())).containsExactlyInAnyOrder(R1, R2);
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

        ((Select<ReferralListFilter.StageFilter>) find(Select.class).id("stage-filter"))
                .setValue(ReferralListFilter.StageFilter.WON);
        find(TextField.class).id("search").setValue("O'Brien");
        test(grid()).size();

        assertThat(lastQuery().filter()).isEqualTo("direction eq 'Incoming' and substatus eq 'Won' and "
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
        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "on", Boolean.class)).isFalse();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "label", String.class))
                .isEqualTo("Add to favorites");
        test(grid()).invokeLitRendererFunction(0, "favorite", "toggle");

        verify(backend).patch(any(), eq(R1), isNull(), eq(List.of(PatchOperation.set("/favorite", true))));
        assertThat(kept(first).favorited()).as("the row now drawn with a filled heart").isTrue();
    }

    @Test
    void aFilledHeartRemovesTheFavorite() {
        answer(List.of(first.withFavorite(true), second));
        when(backend.patch(any(), eq(R1), isNull(), any())).thenReturn(first.withFavorite(false));
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(0, "favorite", "on", Boolean.class)).isTrue();
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
        assertThat(ReferralGrid.NAME).contains(">${item.name}</a>").doesNotContain("innerHTML")
                .doesNotContain("unsafeHTML");
    }

    @Test
    void theNameLinksToTheDetailPageWithoutAPageLoad() {
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "href", String.class))
                .isEqualTo(new RouterLink(ReferralDetailView.class, R2).getHref()).isEqualTo("referrals/" + R2);
        assertThat(ReferralGrid.NAME).startsWith("<a router-link href=\"${item.href}\"");
    }

    /** The list is open; r-1 is declined by {@code actor}, and the change arrives live. */
    private void declineLive(String actorName, String actorId) {
        navigate(CoSellView.class);
        test(grid()).size();
        Referral declined = Fixtures.referral(R1, "Woodgrove migration", "Closed", "Declined", "Shared", "Incoming");
        when(backend.referral(any(), eq(R1))).thenReturn(declined);
        answer(List.of(declined, second));
        events().publish(new ReferralChange(7, EventType.REFERRAL_UPDATED, R1, Fixtures.engagement(R1), Instant.now(),
                actorName, List.of(new ReferralChange.FieldChange("/substatus", "Received", "Declined")), actorId));
    }

    @Test
    void aLiveChangeRedrawsOnlyThatRowAndToastsADecision() {
        declineLive("Ana", "u-ana");

        assertThat(((ReferralGrid) grid()).isMarkedChanged(R1)).isTrue();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class)).isEqualTo("Declined");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "theme", String.class))
                .isEqualTo("badge error pill");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "title", String.class)).isEqualTo("Archived");
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Woodgrove migration: Declined");
    }

    @Test
    void theSenderSeesThePartnersAnswerInTheRowAndAToast() {
        when(backend.me(any())).thenReturn(Fixtures.seller()); // a seller's referral: it stands where the partner put it
        navigate(CoSellView.class);
        test(grid()).size();
        Referral r = Fixtures.referral(R1, "Northwind migration", "Active", "Accepted", "Shared", "Outgoing");
        Referral sent = Fixtures.sentTo(r, "contoso",
                List.of(Fixtures.party("contoso", "Contoso Ltd.", "Closed", "Declined", "No capacity")));
        when(backend.referral(any(), eq(R1))).thenReturn(sent);
        answer(List.of(sent, second));

        events().publish(new ReferralChange(7, EventType.RELATED_REFERRAL_UPDATED, R1,
                Fixtures.engagement(R1), Instant.now(), "Bob", List.of(
                        new ReferralChange.FieldChange("/relatedReferrals/contoso/status", null, "Closed"),
                        new ReferralChange.FieldChange("/relatedReferrals/contoso/substatus", null, "Declined"))));

        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class)).isEqualTo("Declined");
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Northwind migration: Contoso Ltd. is now Declined");
    }

    @Test
    void theUsersOwnDecisionIsNotAnnouncedAgain() {
        declineLive("Bob Lee", "u-bob"); // bob is the signed-in user

        assertThat(find(Notification.class).withId("live-toast").all()).isEmpty();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class)).isEqualTo("Declined");
    }

    @Test
    void aBurstArrivingInSeveralPiecesStillAnnouncesOnlyAFew() {
        navigate(CoSellView.class);
        for (int i = 0; i < 6; i++) {
            String id = Fixtures.id("r-burst-" + i);
            when(backend.referral(any(), eq(id))).thenReturn(Fixtures.received(id, "Burst " + i));
            events().publish(new ReferralChange(20 + i, EventType.REFERRAL_CREATED, id, null, Instant.now(),
                    null, List.of()));
        }

        assertThat(find(Notification.class).all()).filteredOn(n -> "live-toast".equals(n.getId().orElse(null)))
                .hasSize(3);
    }

    @Test
    void aNewInboundReferralIsAnnounced() {
        navigate(CoSellView.class);
        when(backend.referral(any(), eq(R9))).thenReturn(Fixtures.received(R9, "Fresh lead"));

        events().publish(new ReferralChange(8, EventType.REFERRAL_CREATED, R9, null, Instant.now(),
                null, List.of()));

        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("New inbound referral: Fresh lead");
    }

    @Test
    void aViewThatIsLeftStopsListening() {
        navigate(CoSellView.class);
        int listening = events().listenerCount();

        navigate(com.cosell.frontend.ui.account.HomeView.class);

        assertThat(events().listenerCount()).isLessThan(listening);
    }

    @Test
    void koreanShowsNoMissingKeys() {
        korean();
        navigate(CoSellView.class);
        test(grid()).size();

        assertThat(find(Tab.class).id("tab-inbound").getLabel()).isEqualTo("인바운드");
        List<String> texts = new java.util.ArrayList<>(visibleTexts());
        // What the Lit-rendered cells show is data, not components: read it from the renderers.
        for (String[] cell : new String[][] {{"favorite", "label"}, {"stage", "label"}, {"stage", "title"},
                {"type", "label"}}) {
            texts.add(test(grid()).getLitRendererPropertyValue(0, cell[0], cell[1], String.class));
        }
        assertThat(texts).contains("수신", "공동 판매", "즐겨찾기에 추가")
                .noneMatch(t -> t.matches("(?s).*![a-z][a-zA-Z0-9.-]*!.*"));
    }
}
