package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.AssistanceRequestCode;
import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralDetailContentTest extends ReferralDetailTestBase {

    @Test
    void everythingAboutTheReferralIsShownAsText() {
        Referral r = Fixtures.received(ID, "Woodgrove");
        Referral withMarkup = r.toBuilder()
                .name("<script>alert(1)</script>")
                .details(new Referral.Details(
                        "<img src=x onerror=alert(1)>",
                        r.details().dealValue(),
                        "KRW",
                        r.details().closingDateTime(),
                        r.details().requirements(),
                        null,
                        null))
                .inviteContext(new Referral.InviteContext(
                        "Need <b>help</b>",
                        AssistanceRequestCode.ProofOfConceptOrDemo,
                        new Referral.InvitedBy("microsoft", "Microsoft")))
                .relatedParties(List.of(Fixtures.party("microsoft", "Microsoft", "Active", "Accepted", null)))
                .build();
        when(backend.history(any(), eq(ID)))
                .thenReturn(List.of(new HistoryEntry(
                        1,
                        "referral-created",
                        Instant.now(),
                        "u-ana",
                        "Ana",
                        List.of(new Change("/substatus", null, "Received")))));
        show(withMarkup);

        Span notes = find(Span.class).id("summary-notes");
        assertThat(notes.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(notes.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .id("referral-name")
                        .getText())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(find(Span.class).id("summary-value").getText()).isEqualTo("₩125,000");
        assertThat(find(Span.class).id("summary-duns").getText()).isEqualTo("123456789");
        assertThat(find(Span.class).id("summary-help").getText()).isEqualTo("Proof of concept or demo");
        assertThat(find(Div.class).id("related-parties").getElement().getTextRecursively())
                .contains("Microsoft")
                .contains("Accepted");
        assertThat(find(Div.class).id("timeline").getElement().getTextRecursively())
                .contains("Ana")
                .contains("Created (Received)");
    }

    @Test
    void theOtherPartiesShowTheirStageAndWhyInWords() {
        Referral r = Fixtures.accepted(ID, "Northwind", "Shared");
        show(r.toBuilder()
                .externalReferenceId(null)
                .campaignId(null)
                .expirationDateTime(null)
                .relatedParties(List.of(
                        Fixtures.party("microsoft", "Microsoft", "Closed", "Declined", "TimelineTooShort"),
                        Fixtures.party("fabrikam", "Fabrikam", "Closed", "Declined", "No capacity before Q3")))
                .build());

        String parties = find(Div.class).id("related-parties").getElement().getTextRecursively();
        assertThat(parties)
                .contains("Microsoft", "Timeline too short", "Fabrikam", "No capacity before Q3")
                .doesNotContain("TimelineTooShort");
    }

    @Test
    void theHistoryNamesFieldsStagesAndPartiesAsThePageDoesInTheBrowsersTimeZone() {
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), key -> key.equals("v-tzid") ? "Asia/Seoul" : null);
        Referral received = Fixtures.received(ID, "Woodgrove");
        Referral r = received.toBuilder()
                .externalReferenceId(null)
                .campaignId(null)
                .relatedParties(List.of(Fixtures.party("microsoft", "Microsoft", "Closed", "Won", null)))
                .build();
        Instant at = Instant.parse("2026-11-24T23:30:00Z"); // 08:30 the next morning in Seoul
        when(backend.history(any(), eq(ID)))
                .thenReturn(List.of(
                        new HistoryEntry(
                                1,
                                "referral-created",
                                at,
                                "u-mia",
                                "Mia",
                                List.of(new Change("/substatus", null, "Received"))),
                        new HistoryEntry(
                                2,
                                "referral-updated",
                                at,
                                "u-ana",
                                "Ana",
                                List.of(
                                        new Change("/status", "New", "Active"),
                                        new Change("/substatus", "Received", "Accepted"),
                                        new Change("/details/dealValue", 100, 200))),
                        new HistoryEntry(
                                3,
                                "referral-updated",
                                at,
                                "u-ana",
                                "Ana",
                                List.of(
                                        new Change("/team/0/email", "a@x", "b@x"),
                                        new Change("/team/1", null, "someone"),
                                        new Change("/details/closingDateTime", null, "2027-01-01"),
                                        new Change("/somethingNew", null, 1))),
                        new HistoryEntry(
                                4,
                                "related-referral-created",
                                at,
                                "u-ana",
                                "Ana",
                                List.of(
                                        new Change("/relatedReferrals/microsoft/status", null, "New"),
                                        new Change("/relatedReferrals/microsoft/substatus", null, "Received"))),
                        new HistoryEntry(
                                5,
                                "related-referral-updated",
                                at,
                                null,
                                null,
                                List.of(
                                        new Change("/relatedReferrals/microsoft/status", null, "Closed"),
                                        new Change("/relatedReferrals/microsoft/substatus", null, "Won")))));
        show(r);

        List<String> lines =
                find(com.vaadin.flow.component.html.ListItem.class)
                        .from(find(Div.class).id("timeline"))
                        .all()
                        .stream()
                        .map(li -> li.getElement().getTextRecursively())
                        .toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("Co-sell").contains("Microsoft moved to Won");
        assertThat(lines.get(1)).contains("Ana").contains("Microsoft joined the engagement");
        assertThat(lines.get(2)).contains("Changed Your team, Estimated close date, somethingNew");
        assertThat(lines.get(3)).contains("Moved to Accepted, changed Estimated value");
        assertThat(lines.get(4)).contains("Mia").contains("Created (Received)");
        assertThat(lines).allSatisfy(l -> assertThat(l).contains("Nov 25, 2026").contains("8:30"));
    }

    @Test
    void withoutTheBrowsersTimeZoneTheServersIsUsed() {
        assertThat(com.cosell.frontend.ui.common.BrowserZone.current()).isEqualTo(java.time.ZoneId.systemDefault());
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), key -> key.equals("v-tzid") ? "Not/AZone" : null);
        assertThat(com.cosell.frontend.ui.common.BrowserZone.current()).isEqualTo(java.time.ZoneId.systemDefault());
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), key -> key.equals("v-tzid") ? "Europe/Berlin" : null);
        assertThat(com.cosell.frontend.ui.common.BrowserZone.current()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aLiveChangeToThisReferralRedrawsIt() {
        show(Fixtures.received(ID, "Woodgrove"));
        when(backend.referral(any(), eq(ID)))
                .thenReturn(Fixtures.referral(ID, "Woodgrove", "Closed", "Expired", "Shared", "Incoming"));

        events().publish(new ReferralChange(
                3,
                EventType.REFERRAL_UPDATED,
                ID,
                "eng-r-1",
                Instant.now(),
                null,
                List.of(new ReferralChange.FieldChange("/substatus", "Received", "Expired"))));

        assertThat(actions()).isEmpty();
        assertThat(find(Notification.class).id("live-toast").getElement().getProperty("text"))
                .isEqualTo("Woodgrove: Expired");
        verify(backend, times(2)).referral(any(), eq(ID));
    }

    @Test
    void theUsersOwnChangeRedrawsWithoutTellingThemAgain() {
        show(Fixtures.received(ID, "Woodgrove"));
        when(backend.referral(any(), eq(ID)))
                .thenReturn(Fixtures.referral(ID, "Woodgrove", "Closed", "Declined", "Shared", "Incoming"));

        events().publish(new ReferralChange(
                3,
                EventType.REFERRAL_UPDATED,
                ID,
                Fixtures.engagement(ID),
                Instant.now(),
                "Bob Lee",
                List.of(new ReferralChange.FieldChange("/substatus", "Received", "Declined")),
                "u-bob"));

        assertThat(actions()).isEmpty();
        assertThat(find(Notification.class).withId("live-toast").all()).isEmpty();
        assertThat(find(Span.class).withId("changed-by").all()).isEmpty();

        events().publish(new ReferralChange(
                4,
                EventType.REFERRAL_UPDATED,
                ID,
                Fixtures.engagement(ID),
                Instant.now(),
                "Alice Kim",
                List.of(new ReferralChange.FieldChange("/name", "Woodgrove", "Woodgrove 2")),
                "u-alice"));
        assertThat(find(Span.class).id("changed-by").getText()).contains("Alice Kim");
    }

    @Test
    void koreanShowsNoMissingKeys() {
        korean();
        show(Fixtures.accepted(ID, "Woodgrove", "Independent"));
        click("action-lost");

        assertThat(find(Button.class).id("action-won").getText()).isEqualTo("성공");
        assertThat(visibleTexts()).noneMatch(t -> t.matches("(?s).*![a-z][a-zA-Z0-9.-]*!.*"));
    }
}
