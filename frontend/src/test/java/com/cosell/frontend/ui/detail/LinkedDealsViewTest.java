package com.cosell.frontend.ui.detail;

import static com.cosell.frontend.ui.detail.DuplicatesViewTest.OTHER;
import static com.cosell.frontend.ui.detail.DuplicatesViewTest.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking a referral to another open deal as the same customer: from the page, live, and in the Accept dialog. */
class LinkedDealsViewTest extends ReferralDetailTestBase {

    static DuplicateReport candidates(Deal... deals) {
        return new DuplicateReport(null, List.of(), List.of(), List.of(deals), null);
    }

    static DuplicateReport linkedTo(Deal... deals) {
        return new DuplicateReport(null, List.of(), List.of(deals), List.of(), null);
    }

    @Test
    void linkCallsTheApiAndTheSectionThenListsTheLinkedDealWithUnlink() {
        Referral r = Fixtures.accepted(ID, "Woodgrove again", "Shared");
        Deal other = deal(OTHER, "Woodgrove rollout", "Name");
        when(duplicates.report(any(), eq(ID))).thenReturn(candidates(other));
        when(duplicates.link(any(), eq(ID), eq(OTHER))).thenAnswer(call -> {
            when(duplicates.report(any(), eq(ID))).thenReturn(linkedTo(deal(OTHER, "Woodgrove rollout", null)));
            return linkedTo(other);
        });
        show(r);
        assertThat(find(Anchor.class).withId("linked-deals-" + OTHER).exists()).isFalse();

        click("duplicate-link-" + OTHER);

        verify(duplicates).link(any(), eq(ID), eq(OTHER));
        Anchor linked = find(Anchor.class).id("linked-deals-" + OTHER);
        assertThat(linked.getHref()).isEqualTo("referrals/" + OTHER);
        assertThat(find(Div.class).id("linked-deals").getElement().getTextRecursively())
                .startsWith("Linked deals (same customer):");
        assertThat(find(Div.class).withId("possible-duplicates").exists())
                .as("linked: no longer a question")
                .isFalse();

        click("unlink-" + OTHER);
        verify(duplicates).unlink(any(), eq(ID), eq(OTHER));
    }

    @Test
    void anotherBrowsersLinkShowsLive() {
        Referral r = Fixtures.accepted(ID, "Woodgrove again", "Shared");
        show(r);
        assertThat(find(Div.class).withId("linked-deals").exists()).isFalse();

        when(duplicates.report(any(), eq(ID))).thenReturn(linkedTo(deal(OTHER, "Woodgrove rollout", null)));
        events().publish(new ReferralChange(
                11,
                EventType.REFERRAL_UPDATED,
                ID,
                null,
                Instant.now(),
                "Alice Kim",
                List.of(new ReferralChange.FieldChange("/links", null, OTHER))));

        assertThat(find(Anchor.class).id("linked-deals-" + OTHER).getText()).isEqualTo("Woodgrove rollout");
    }

    @Test
    void theAcceptDialogShowsTheClosestThreeAndLinksWithoutLeavingIt() {
        Referral r = Fixtures.received(ID, "Woodgrove again");
        String third = Fixtures.id("third");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(candidates(
                        deal(Fixtures.id("first"), "First", "Name"),
                        deal(OTHER, "Same D-U-N-S", "Duns"),
                        deal(third, "Third", "Name"),
                        deal(Fixtures.id("fourth"), "Fourth", "Name")));
        when(duplicates.link(any(), eq(ID), eq(OTHER))).thenReturn(candidates(deal(third, "Third", "Name")));
        show(r);
        click("action-accept");

        Dialog dialog = find(Dialog.class).id("accept-dialog");
        Div panel = find(Div.class).from(dialog).id("accept-possible-duplicates");
        assertThat(panel.isVisible()).isTrue();
        assertThat(find(Div.class).from(panel).withClassName("duplicate-row").all())
                .hasSize(3);
        assertThat(find(Button.class)
                        .from(panel)
                        .withId("accept-duplicate-merge-" + OTHER)
                        .exists())
                .as("accepting is not merging")
                .isFalse();

        // a link from the dialog comes back to this page as an event: the dialog stays open, nothing is stale
        click("accept-duplicate-link-" + OTHER);
        events().publish(new ReferralChange(
                12,
                EventType.REFERRAL_UPDATED,
                ID,
                null,
                Instant.now(),
                "Rina Lee",
                List.of(new ReferralChange.FieldChange("/links", null, OTHER))));

        verify(duplicates).link(any(), eq(ID), eq(OTHER));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Notification.class).withId("stale-notice").exists()).isFalse();
        assertThat(find(Anchor.class)
                        .from(panel)
                        .withId("accept-duplicate-open-" + OTHER)
                        .exists())
                .isFalse();
        assertThat(find(Anchor.class)
                        .from(panel)
                        .withId("accept-duplicate-open-" + third)
                        .exists())
                .isTrue();
        verify(backend, never()).patch(any(), any(), any(), any());
    }
}
