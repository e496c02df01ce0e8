package com.cosell.frontend.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.insights.Insights;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InsightsViewTest extends ViewTestBase {

    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth MAR = YearMonth.of(2026, 3);

    @Test
    void aPartnerSeesItsFiguresAsChartsAndTables() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        when(insightsApi.get(any(), eq(JAN), eq(MAR), eq("Incoming"))).thenReturn(figures(null));
        open("from=2026-01&to=2026-03");

        assertThat(visibleTexts())
                .contains("Received", "5", "2 (40 %)", "1 (50 %)", "average 16 h, median ≤ 4 h, 90% ≤ 2 d")
                .contains("Where they stand", "Declined", "Not a customer: 1", "Microsoft Azure", "50 %", "$90,000.00")
                .doesNotContain("Partners' response times");
        // every chart is an SVG drawn on the server, with a text alternative naming its table
        List<Image> charts = find(Image.class).all();
        assertThat(charts).hasSize(5); // funnel, outcomes, month, solution, country
        for (Image chart : charts) {
            assertThat(chart.getAlt().orElseThrow()).endsWith("the table with it gives the same figures.");
            assertThat(svg(chart)).startsWith("<?xml").contains("<svg").contains("viewBox=\"0 0 640 300\"");
        }
        // XChart draws its labels as outlines: the bars are told by their series' colours
        assertThat(svg(charts.getFirst())).contains("rgb(26,115,232)").doesNotContain("rgb(11,138,75)");
        assertThat(svg(charts.get(2))).as("by month: referrals and won").contains("rgb(26,115,232)", "rgb(11,138,75)");
        assertThat(find(NativeTable.class).all()).hasSize(5);
        assertThat(find(Div.class).id("insights-by-country").getElement().getTextRecursively())
                .contains("United States");
    }

    @Test
    void theVendorAlsoSeesItsPartnersResponseTimes() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        var answers = List.of(
                new Insights.PartnerResponse("contoso", "Contoso Ltd.", 3, 1, 14400L, 172800L),
                new Insights.PartnerResponse("fabrikam", "Fabrikam", 2, 2, 900L, 1200L));
        when(insightsApi.get(any(), any(), any(), eq("Incoming"))).thenReturn(figures(answers));
        open("from=2026-01&to=2026-03");
        String partners = find(Div.class).id("insights-partners").getElement().getTextRecursively();
        assertThat(partners).contains("Partners' response times", "Contoso Ltd.", "4 h", "2 d");
        assertThat(partners).contains("Fabrikam", "under 1 h").doesNotContain("0 h"); // measured, if quick
        assertThat(find(Image.class).all()).hasSize(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherPeriodAsksForItAndKeepsItInTheAddress() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        when(insightsApi.get(any(), any(), any(), any())).thenReturn(figures(null));
        open("from=2026-01&to=2026-03");
        List<Select> months = find(Select.class).all();
        ((Select<YearMonth>) months.getFirst()).setValue(YearMonth.of(2026, 2));
        verify(insightsApi).get(any(), eq(YearMonth.of(2026, 2)), eq(MAR), eq("Incoming"));
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPathWithQueryParameters())
                .contains("from=2026-02")
                .contains("to=2026-03");
    }

    @Test
    void aFirstMonthAfterTheLastIsSaidNotAsked() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        open("from=2026-05&to=2026-03");
        assertThat(visibleTexts()).contains("The first month is after the last one.");
        org.mockito.Mockito.verifyNoInteractions(insightsApi);
    }

    @Test
    void inKorean() {
        korean();
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        when(insightsApi.get(any(), any(), any(), any())).thenReturn(figures(null));
        open("from=2026-01&to=2026-03");
        assertThat(find(H2.class).single().getText()).isEqualTo("인사이트");
        assertThat(visibleTexts()).contains("퍼널", "국가별", "평균 16시간, 중앙값 ≤ 4시간, 90% ≤ 2일");
        assertThat(find(Image.class).all().getFirst().getAlt().orElseThrow()).startsWith("퍼널: 차트입니다.");
    }

    private static void open(String query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(InsightsView.class, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private static String svg(Image chart) {
        String src = chart.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        return new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    /** Five received in the period: two accepted (one won, one lost), one declined, one expired, one open. */
    static Insights figures(@Nullable List<Insights.PartnerResponse> partners) {
        var group = new Insights.Group(
                "", null, 5, 2, 1, 1, 0.5, List.of(new Insights.Money("USD", new BigDecimal("90000.00"))));
        return new Insights(
                "contoso",
                "Incoming",
                "2026-01",
                "2026-03",
                new Insights.Funnel(5, 2, 1),
                new Insights.Durations(2, 57600L, 14400L, 172800L),
                new Insights.Durations(1, 345600L, 432000L, 432000L),
                List.of(
                        new Insights.Outcome("Received", 1, List.of()),
                        new Insights.Outcome("Won", 1, List.of()),
                        new Insights.Outcome(
                                "Lost", 1, List.of(new Insights.ReasonCount("CustomerChoseAnotherVendor", 1))),
                        new Insights.Outcome("Declined", 1, List.of(new Insights.ReasonCount("NotACustomer", 1))),
                        new Insights.Outcome("Expired", 1, List.of())),
                List.of(withKey(group, "00000000-0000-4000-8000-000000000101", "Microsoft Azure")),
                List.of(withKey(group, "US", null)),
                List.of(withKey(group, "2026-02", null)),
                partners);
    }

    private static Insights.Group withKey(Insights.Group g, String key, @Nullable String name) {
        return new Insights.Group(key, name, g.referrals(), g.accepted(), g.won(), g.lost(), g.winRate(), g.wonValue());
    }
}
