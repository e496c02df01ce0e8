package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoSellLiveTest extends CoSellViewTestBase {

    /** The list is open; r-1 is declined by {@code actor}, and the change arrives live. */
    private void declineLive(String actorName, String actorId) {
        navigate(CoSellView.class);
        test(grid()).size();
        Referral declined = Fixtures.referral(R1, "Woodgrove migration", "Closed", "Declined", "Shared", "Incoming");
        when(backend.referral(any(), eq(R1))).thenReturn(declined);
        answer(List.of(declined, second));
        events().publish(new ReferralChange(
                7,
                EventType.REFERRAL_UPDATED,
                R1,
                Fixtures.engagement(R1),
                Instant.now(),
                actorName,
                List.of(new ReferralChange.FieldChange("/substatus", "Received", "Declined")),
                actorId));
    }

    @Test
    void aLiveChangeRedrawsOnlyThatRowAndToastsADecision() {
        declineLive("Ana", "u-ana");

        assertThat(((ReferralGrid) grid()).isMarkedChanged(R1)).isTrue();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class))
                .isEqualTo("Declined");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "theme", String.class))
                .isEqualTo("badge error pill");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "title", String.class))
                .isEqualTo("Archived");
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Woodgrove migration: Declined");
    }

    /** Hundreds of open tabs need not read the referral when the change says all that changed in a row. */
    @Test
    void aChangeThatSaysAllThatChangedInTheRowIsDrawnWithoutAReadAndAnyOtherIsRead() {
        navigate(CoSellView.class);
        grid().getDataCommunicator().setViewportRange(0, 25); // the browser shows the first rows
        roundTrip();
        clearInvocations(backend);

        events().publish(byAna(8, new ReferralChange.FieldChange("/details/dealValue", 125000.5, 99000)));

        verify(backend, never()).referral(any(), any());
        assertThat(held(R1).details().dealValue()).isEqualByComparingTo("99000");
        assertThat(((ReferralGrid) grid()).isMarkedChanged(R1)).isTrue();

        Referral assigned = Fixtures.received(R1, "Woodgrove migration");
        when(backend.referral(any(), eq(R1))).thenReturn(assigned);
        events().publish(byAna(9, new ReferralChange.FieldChange("/owner", null, "{\"id\": \"u-ana\"}")));

        verify(backend).referral(any(), eq(R1));
        assertThat(held(R1).details().dealValue()).as("as read").isEqualByComparingTo("125000.50");
    }

    private static ReferralChange byAna(long seq, ReferralChange.FieldChange field) {
        return new ReferralChange(
                seq,
                EventType.REFERRAL_UPDATED,
                R1,
                Fixtures.engagement(R1),
                Instant.now(),
                "Ana",
                List.of(field),
                "u-ana");
    }

    /** The row the grid holds for the browser. */
    private Referral held(String id) {
        var rows = grid().getDataCommunicator().getKeyMapper();
        Referral probe = Referral.builder().id(java.util.UUID.fromString(id)).build();
        assertThat(rows.has(probe)).isTrue();
        return rows.get(rows.key(probe));
    }

    @Test
    void theSenderSeesThePartnersAnswerInTheRowAndAToast() {
        when(backend.me(any()))
                .thenReturn(Fixtures.seller()); // a seller's referral: it stands where the partner put it
        navigate(CoSellView.class);
        test(grid()).size();
        Referral r = Fixtures.referral(R1, "Northwind migration", "Active", "Accepted", "Shared", "Outgoing");
        Referral sent = Fixtures.sentTo(
                r, "contoso", List.of(Fixtures.party("contoso", "Contoso Ltd.", "Closed", "Declined", "No capacity")));
        when(backend.referral(any(), eq(R1))).thenReturn(sent);
        answer(List.of(sent, second));

        events().publish(new ReferralChange(
                7,
                EventType.RELATED_REFERRAL_UPDATED,
                R1,
                Fixtures.engagement(R1),
                Instant.now(),
                "Bob",
                List.of(
                        new ReferralChange.FieldChange("/relatedReferrals/contoso/status", null, "Closed"),
                        new ReferralChange.FieldChange("/relatedReferrals/contoso/substatus", null, "Declined"))));

        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class))
                .isEqualTo("Declined");
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Northwind migration: Contoso Ltd. is now Declined");
    }

    @Test
    void aPartnerSeesThePartnerItInvitedAnswerInItsRowAndAToast() {
        navigate(CoSellView.class); // as bob, a partner admin: his own deal, fabrikam invited
        test(grid()).size();
        Referral deal = Fixtures.accepted(R1, "Lake deal", "Independent").toBuilder()
                .target(List.of(Referral.Target.invitation(
                        "fabrikam", com.cosell.api.referral.AssistanceRequestCode.GeneralOrOther, null)))
                .relatedParties(
                        List.of(Fixtures.party("fabrikam", "Fabrikam, Inc.", "Closed", "Declined", "NotACustomer")))
                .build();
        when(backend.referral(any(), eq(R1))).thenReturn(deal);
        answer(List.of(deal, second));

        events().publish(new ReferralChange(
                8,
                EventType.RELATED_REFERRAL_UPDATED,
                R1,
                Fixtures.engagement(R1),
                Instant.now(),
                "Carol",
                List.of(
                        new ReferralChange.FieldChange("/relatedReferrals/fabrikam/status", null, "Closed"),
                        new ReferralChange.FieldChange("/relatedReferrals/fabrikam/substatus", null, "Declined"))));

        assertThat(test(grid()).getLitRendererPropertyValue(0, "name", "parties", String.class))
                .isEqualTo("Fabrikam, Inc.: Declined");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class))
                .isEqualTo("Accepted");
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Lake deal: Fabrikam, Inc. is now Declined");
    }

    @Test
    void theUsersOwnDecisionIsNotAnnouncedAgain() {
        declineLive("Bob Lee", "u-bob"); // bob is the signed-in user

        assertThat(find(Notification.class).withId("live-toast").all()).isEmpty();
        assertThat(test(grid()).getLitRendererPropertyValue(0, "stage", "label", String.class))
                .isEqualTo("Declined");
    }

    @Test
    void aBurstArrivingInSeveralPiecesStillAnnouncesOnlyAFew() {
        navigate(CoSellView.class);
        for (int i = 0; i < 6; i++) {
            String id = Fixtures.id("r-burst-" + i);
            when(backend.referral(any(), eq(id))).thenReturn(Fixtures.received(id, "Burst " + i));
            events().publish(new ReferralChange(
                    20 + i, EventType.REFERRAL_CREATED, id, null, Instant.now(), null, List.of()));
        }

        assertThat(find(Notification.class).all())
                .filteredOn(n -> "live-toast".equals(n.getId().orElse(null)))
                .hasSize(3);
    }

    @Test
    void aNewInboundReferralIsAnnounced() {
        navigate(CoSellView.class);
        when(backend.referral(any(), eq(R9))).thenReturn(Fixtures.received(R9, "Fresh lead"));

        events().publish(new ReferralChange(8, EventType.REFERRAL_CREATED, R9, null, Instant.now(), null, List.of()));

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
        for (String[] cell :
                new String[][] {{"favorite", "label"}, {"stage", "label"}, {"stage", "title"}, {"type", "label"}}) {
            texts.add(test(grid()).getLitRendererPropertyValue(0, cell[0], cell[1], String.class));
        }
        assertThat(texts)
                .contains("수신", "공동 판매", "즐겨찾기에 추가")
                .noneMatch(t -> t.matches("(?s).*![a-z][a-zA-Z0-9.-]*!.*"));
    }
}
