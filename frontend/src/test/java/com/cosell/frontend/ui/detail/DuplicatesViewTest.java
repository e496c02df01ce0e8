package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.duplicate.Deal;
import com.cosell.api.duplicate.DuplicateReport;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The referral page's duplicates: possible duplicates to merge into, the link once merged, the vendor's conflict flag. */
class DuplicatesViewTest extends ReferralDetailTestBase {

    static final String OTHER = Fixtures.id("other");

    static Deal deal(String id, String name, String match) {
        return new Deal(
                java.util.UUID.fromString(id),
                name,
                "Woodgrove Bank",
                "KR",
                "123456789",
                "Active",
                "Accepted",
                Instant.now(),
                match);
    }

    @Test
    void aReceivedReferralOffersItsPossibleDuplicatesAndMergesIntoOne() {
        Referral r = Fixtures.received(ID, "Woodgrove again");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(new DuplicateReport(
                        null, List.of(), List.of(), List.of(deal(OTHER, "Woodgrove rollout", "Duns")), null));
        show(r);

        Div panel = find(Div.class).id("possible-duplicates");
        assertThat(panel.isVisible()).isTrue();
        assertThat(find(Anchor.class).id("duplicate-open-" + OTHER).getHref()).isEqualTo("referrals/" + OTHER);
        assertThat(find(Span.class).withClassName("duplicate-match").single().getText())
                .isEqualTo("Same D-U-N-S");
        assertThat(find(Span.class).withId("conflict-flag").exists()).isFalse();

        click("duplicate-merge-" + OTHER);
        verify(duplicates).closeAsDuplicate(any(), eq(ID), eq(OTHER), eq(r.eTag()));
    }

    @Test
    void aRefusedMergeIsToldInline() {
        Referral r = Fixtures.received(ID, "Woodgrove again");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(new DuplicateReport(
                        null, List.of(), List.of(), List.of(deal(OTHER, "Woodgrove rollout", "Name")), null));
        when(duplicates.closeAsDuplicate(any(), eq(ID), eq(OTHER), any()))
                .thenThrow(
                        new BackendException(
                                400,
                                "duplicateOf: Not an open deal of your organization.",
                                List.of(new FieldError("duplicateOf", "Not an open deal of your organization.")),
                                List.of(),
                                null) {});
        show(r);

        click("duplicate-merge-" + OTHER);
        Paragraph error = find(Paragraph.class).id("duplicates-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Not an open deal of your organization");
    }

    @Test
    void goingOnHidesThePanel() {
        Referral r = Fixtures.received(ID, "Woodgrove again");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(new DuplicateReport(
                        null, List.of(), List.of(), List.of(deal(OTHER, "Woodgrove rollout", "Name")), null));
        show(r);
        assertThat(find(Div.class).withId("possible-duplicates").exists()).isTrue();
        click("duplicates-go-on");
        assertThat(find(Div.class).withId("possible-duplicates").exists())
                .as("hidden")
                .isFalse();
    }

    @Test
    void aMergedReferralLinksToTheDealItDuplicatesAndTheVendorSeesItsConflicts() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        Referral r = Fixtures.received(ID, "Woodgrove copy");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(new DuplicateReport(
                        deal(OTHER, "Woodgrove rollout", null),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(deal(Fixtures.id("fabrikam-copy"), "Woodgrove via Fabrikam", null))));
        show(r);

        assertThat(find(Anchor.class).id("duplicate-of-" + OTHER).getText()).isEqualTo("Woodgrove rollout");
        assertThat(find(Span.class).id("conflict-flag").getText()).isEqualTo("Conflict");
        assertThat(find(Div.class).id("conflicts").getElement().getTextRecursively())
                .contains("Woodgrove via Fabrikam");
        assertThat(find(Div.class).withId("possible-duplicates").exists()).isFalse();
    }

    @Test
    void theVendorsAcceptedCopyOffersNoMergeAndItsConflictsAreNotDuplicates() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        Referral r = Fixtures.accepted(ID, "Woodgrove copy", "Shared");
        String conflicting = Fixtures.id("fabrikam-copy");
        when(duplicates.report(any(), eq(ID)))
                .thenReturn(new DuplicateReport(
                        null,
                        List.of(),
                        List.of(),
                        List.of(deal(OTHER, "Woodgrove again", "Name"), deal(conflicting, "Via Fabrikam", "Name")),
                        List.of(deal(conflicting, "Via Fabrikam", null))));
        show(r);

        assertThat(find(Anchor.class).withId("duplicate-open-" + OTHER).exists())
                .isTrue();
        assertThat(find(Anchor.class).withId("duplicate-open-" + conflicting).exists())
                .isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withId("duplicate-merge-" + OTHER)
                        .exists())
                .isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withId("duplicate-link-" + OTHER)
                        .exists())
                .as("a seller links the copies they work")
                .isTrue();
    }

    @Test
    void nothingKnownShowsNoSection() {
        show(Fixtures.received(ID, "Alone"));
        assertThat(find(Div.class).withId("duplicates").exists()).as("hidden").isFalse();
        assertThat(find(Div.class).withId("related-parties").exists()).isTrue();
    }
}
