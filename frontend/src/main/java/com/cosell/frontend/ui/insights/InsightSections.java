package com.cosell.frontend.ui.insights;

import com.cosell.api.insights.Insights;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.ReasonLabel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The page's sections: the key figures, then each chart with a table that says the same in text. */
final class InsightSections {

    private final Component page;
    private final Locale locale;

    InsightSections(Component page, Locale locale) {
        this.page = page;
        this.locale = locale;
    }

    void addTo(HasComponents target, Insights i) {
        target.add(figures(i));
        Insights.Funnel f = i.funnel();
        List<String> funnel = List.of(t("insights.received"), t("insights.accepted"), t("insights.won"));
        List<Long> funnelCounts = List.of(f.received(), f.accepted(), f.won());
        target.add(section(
                "funnel",
                SvgChart.bars(
                        t("insights.referrals"),
                        funnel,
                        List.of(new SvgChart.Series(t("insights.referrals"), funnelCounts))),
                table(
                        t("insights.funnel"),
                        List.of(t("insights.stage"), t("insights.referrals")),
                        funnel.stream()
                                .map(s -> List.of(s, n(funnelCounts.get(funnel.indexOf(s)))))
                                .toList())));
        if (!i.outcomes().isEmpty()) {
            List<String> stages =
                    i.outcomes().stream().map(o -> stage(o.substatus())).toList();
            target.add(section(
                    "outcomes",
                    SvgChart.bars(
                            t("insights.referrals"),
                            stages,
                            List.of(new SvgChart.Series(
                                    t("insights.referrals"),
                                    i.outcomes().stream()
                                            .map(Insights.Outcome::count)
                                            .toList()))),
                    table(
                            t("insights.outcomes"),
                            List.of(t("insights.stage"), t("insights.referrals"), t("insights.reasons")),
                            i.outcomes().stream()
                                    .map(o -> List.of(
                                            stage(o.substatus()),
                                            n(o.count()),
                                            o.reasons().stream()
                                                    .map(r -> ReasonLabel.of(page, r.reason()) + ": " + n(r.count()))
                                                    .collect(Collectors.joining(", "))))
                                    .toList())));
        }
        group(target, "by-month", i.byMonth(), Insights.Group::key);
        group(target, "by-solution", i.bySolution(), g -> g.name() == null ? g.key() : g.name());
        group(
                target,
                "by-country",
                i.byCountry(),
                g -> g.key().isEmpty() ? "—" : new Locale("", g.key()).getDisplayCountry(locale));
        if (i.partners() != null && !i.partners().isEmpty()) {
            List<Insights.PartnerResponse> p = i.partners();
            List<String> names = p.stream().map(Insights.PartnerResponse::name).toList();
            target.add(section(
                    "partners",
                    SvgChart.bars(
                            t("insights.hours"),
                            names,
                            List.of(
                                    new SvgChart.Series(
                                            t("insights.median"),
                                            p.stream()
                                                    .map(x -> hours(x.medianSeconds()))
                                                    .toList()),
                                    new SvgChart.Series(
                                            t("insights.p90"),
                                            p.stream()
                                                    .map(x -> hours(x.p90Seconds()))
                                                    .toList()))),
                    table(
                            t("insights.partners"),
                            List.of(
                                    t("insights.partner"),
                                    t("insights.answered"),
                                    t("insights.expired"),
                                    t("insights.median"),
                                    t("insights.p90")),
                            p.stream()
                                    .map(x -> List.of(
                                            x.name(),
                                            n(x.answered()),
                                            n(x.expired()),
                                            duration(x.medianSeconds()),
                                            duration(x.p90Seconds())))
                                    .toList())));
        }
    }

    private FlexLayout figures(Insights i) {
        Insights.Funnel f = i.funnel();
        FlexLayout cards = new FlexLayout(
                card(t("insights.received"), n(f.received())),
                card(t("insights.accepted"), n(f.accepted()) + percent(f.accepted(), f.received())),
                card(t("insights.won"), n(f.won()) + percent(f.won(), f.accepted())),
                card(t("insights.time-to-accept"), durations(i.timeToAccept())),
                card(t("insights.time-to-win"), durations(i.timeToWin())));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("insights-figures");
        return cards;
    }

    private void group(
            HasComponents target, String id, List<Insights.Group> groups, Function<Insights.Group, String> label) {
        if (groups.isEmpty()) {
            return;
        }
        List<String> keys = groups.stream().map(label).toList();
        target.add(section(
                id,
                SvgChart.bars(
                        t("insights.referrals"),
                        keys,
                        List.of(
                                new SvgChart.Series(
                                        t("insights.referrals"),
                                        groups.stream()
                                                .map(Insights.Group::referrals)
                                                .toList()),
                                new SvgChart.Series(
                                        t("insights.won"),
                                        groups.stream().map(Insights.Group::won).toList()))),
                table(
                        t("insights." + id),
                        List.of(
                                "",
                                t("insights.referrals"),
                                t("insights.accepted"),
                                t("insights.won"),
                                t("insights.lost"),
                                t("insights.win-rate"),
                                t("insights.won-value")),
                        groups.stream()
                                .map(g -> List.of(
                                        label.apply(g),
                                        n(g.referrals()),
                                        n(g.accepted()),
                                        n(g.won()),
                                        n(g.lost()),
                                        g.winRate() == null ? "—" : Math.round(g.winRate() * 100) + " %",
                                        g.wonValue().stream()
                                                .map(m -> Formats.money(m.amount(), m.currency(), locale))
                                                .collect(Collectors.joining(", "))))
                                .toList())));
    }

    /** A heading, the chart (its alternative text points to the table) and the table. */
    private Div section(String id, org.knowm.xchart.CategoryChart chart, NativeTable table) {
        String title = t("insights." + id);
        Image image = new Image(SvgChart.dataUrl(chart), t("insights.chart-alt", title));
        image.addClassName("insights-chart");
        Div tableBox = new Div(table);
        tableBox.addClassName("insights-table");
        Div section = new Div(new H3(title), image, tableBox);
        section.setId("insights-" + id);
        section.addClassName("insights-section");
        return section;
    }

    private static NativeTable table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = new NativeTableRow();
        headers.forEach(h -> head.add(new NativeTableHeaderCell(h)));
        table.getHead().add(head);
        for (List<String> row : rows) {
            NativeTableRow r = new NativeTableRow();
            List<Component> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(c == 0 ? new NativeTableHeaderCell(row.get(c)) : new NativeTableCell(row.get(c)));
            }
            cells.forEach(r::add);
            table.getBody().add(r);
        }
        return table;
    }

    private Div card(String label, String value) {
        Span v = new Span(value);
        v.addClassName("insights-figure-value");
        Div card = new Div(new Span(label), v);
        card.addClassName("insights-figure");
        return card;
    }

    private String durations(Insights.Durations d) {
        if (d.count() == 0) {
            return "—";
        }
        return t(
                "insights.durations",
                duration(d.averageSeconds()),
                duration(d.medianSeconds()),
                duration(d.p90Seconds()));
    }

    /** Hours under two days, else days: the buckets' own steps. */
    private String duration(@Nullable Long seconds) {
        if (seconds == null) {
            return "—";
        }
        if (seconds < 1800) {
            return t("insights.under-an-hour"); // not "0 h": something was measured
        }
        return seconds < 2 * 86400
                ? t("insights.hours-value", Math.round(seconds / 3600.0))
                : t("insights.days-value", Math.round(seconds / 86400.0));
    }

    private static double hours(@Nullable Long seconds) {
        return seconds == null ? 0 : Math.round(seconds / 360.0) / 10.0;
    }

    private String percent(long part, long whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + " %)";
    }

    private String stage(String substatus) {
        return t("stage." + substatus.toUpperCase(Locale.ROOT));
    }

    private String n(long value) {
        return Formats.number(value, locale);
    }

    private String t(String key, Object... params) {
        return page.getTranslation(key, params);
    }
}
