package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.api.registration.DealRegistration;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.registrations.RegistrationsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Won on an eligible solution → the partner registers it; sellers review registrations. */
class DealRegistrationViewTest extends ViewTestBase {

    private static Referral won(Referral.Registration registration) {
        Referral r = Fixtures.referral(
                "00000000-0000-4000-8000-00000000001a", "Won deal", "Closed", "Won", "Independent", "Outgoing");
        return r.toBuilder()
                .details(Fixtures.details(
                        null,
                        new BigDecimal("1000"),
                        "USD",
                        Fixtures.CLOSE,
                        List.of(Fixtures.solution(Fixtures.SOLUTION_2, "Azure", "Vendor"))))
                .registrations(registration == null ? null : List.of(registration))
                .build();
    }

    private void showAsPartner(Referral r) {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(backend.referral(any(), eq(r.id().toString()))).thenReturn(r);
        navigate(ReferralDetailView.class, r.id().toString());
    }

    @Test
    void aWonDealOnAnEligibleSolutionIsRegistered() {
        showAsPartner(won(null));
        assertThat(find(Span.class).from(find(Div.class).id("registration")).all())
                .extracting(Span::getText)
                .contains("Not registered");

        test(find(Button.class).id("action-register")).click();
        test(find(Button.class).id("register-dialog-save")).click();
        verify(backend, never()).registerDeal(any(), any(), any());
        assertThat(find(BigDecimalField.class).id("register-value").isInvalid()).isTrue();

        find(BigDecimalField.class).id("register-value").setValue(new BigDecimal("250000"));
        find(DatePicker.class).id("register-signed").setValue(LocalDate.now().minusDays(3));
        find(IntegerField.class).id("register-term").setValue(36);
        when(backend.registerDeal(any(), eq("00000000-0000-4000-8000-00000000001a"), any()))
                .thenReturn(null);
        test(find(Button.class).id("register-dialog-save")).click();

        verify(backend)
                .registerDeal(
                        any(),
                        eq("00000000-0000-4000-8000-00000000001a"),
                        eq(DealRegistration.Submission.of(
                                new BigDecimal("250000"),
                                "USD",
                                LocalDate.now()
                                        .minusDays(3)
                                        .atStartOfDay(java.time.ZoneOffset.UTC)
                                        .toInstant(),
                                36)));
    }

    @Test
    void aRegistrationSentBackShowsWhyAndCanBeSubmittedAgain() {
        showAsPartner(won(new Referral.Registration(
                UUID.fromString(Fixtures.id("g-1")),
                null,
                null,
                "ActionRequired",
                "Attach the signed <order> form",
                new Referral.Contract(new BigDecimal("1"), "USD", null, null, null, null),
                null,
                null)));

        assertThat(find(Span.class).id("registration-status").getText()).isEqualTo("Action required");
        assertThat(find(Span.class).id("registration-comment").getText()).isEqualTo("Attach the signed <order> form");
        assertThat(find(Button.class).id("action-register")).isNotNull();
    }

    @Test
    void sellersReviewPendingRegistrations() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        DealRegistration pending = new DealRegistration(
                UUID.fromString(Fixtures.id("g-2")),
                UUID.fromString("00000000-0000-4000-8000-00000000001a"),
                "contoso",
                DealRegistration.Status.ReviewPending,
                "Won deal",
                "Woodgrove Bank",
                "Azure",
                new BigDecimal("250000"),
                "USD",
                Instant.parse("2026-11-20T00:00:00Z"),
                36,
                DealRegistration.FINITE,
                null,
                null,
                List.of(),
                null,
                Instant.now(),
                null,
                null);
        when(backend.registrations(any(), eq("ReviewPending"))).thenReturn(List.of(pending));
        navigate(RegistrationsView.class);

        test(find(Button.class).id("review-actionrequired-" + Fixtures.id("g-2")))
                .click();
        verify(backend, never()).review(any(), any(), any(), any());
        assertThat(find(TextField.class)
                        .id("review-comment-" + Fixtures.id("g-2"))
                        .isInvalid())
                .isTrue();

        find(TextField.class).id("review-comment-" + Fixtures.id("g-2")).setValue("Attach the order form");
        test(find(Button.class).id("review-actionrequired-" + Fixtures.id("g-2")))
                .click();

        verify(backend)
                .review(
                        any(),
                        eq(UUID.fromString(Fixtures.id("g-2"))),
                        eq("ActionRequired"),
                        eq("Attach the order form"));
        assertThat(find(Div.class).withId("registration-" + Fixtures.id("g-2")).all())
                .isEmpty();
    }

    @Test
    void aPerpetualContractReadsAsSuchAndATermInMonthsAsMonths() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        DealRegistration perpetual = new DealRegistration(
                UUID.fromString(Fixtures.id("g-3")),
                UUID.fromString(Fixtures.id("r-won")),
                "contoso",
                DealRegistration.Status.ReviewPending,
                "Perpetual deal",
                null,
                "Azure",
                new BigDecimal("1000"),
                "USD",
                Instant.parse("2026-11-20T00:00:00Z"),
                null,
                DealRegistration.PERPETUAL,
                null,
                null,
                List.of(),
                null,
                Instant.now(),
                null,
                null);
        DealRegistration monthly = new DealRegistration(
                UUID.fromString(Fixtures.id("g-4")),
                UUID.fromString(Fixtures.id("r-won2")),
                "contoso",
                DealRegistration.Status.ReviewPending,
                "One-month deal",
                null,
                "Azure",
                new BigDecimal("1000"),
                "USD",
                Instant.parse("2026-11-20T00:00:00Z"),
                1,
                DealRegistration.FINITE,
                null,
                null,
                List.of(),
                null,
                Instant.now(),
                null,
                null);
        when(backend.registrations(any(), eq("ReviewPending"))).thenReturn(List.of(perpetual, monthly));
        navigate(RegistrationsView.class);

        assertThat(find(Div.class)
                        .id("registration-" + Fixtures.id("g-3"))
                        .getElement()
                        .getTextRecursively())
                .contains("perpetual");
        assertThat(find(Div.class)
                        .id("registration-" + Fixtures.id("g-4"))
                        .getElement()
                        .getTextRecursively())
                .contains("· 1 month ·");
    }
}
