package com.cosell.frontend.ui.insights;

import com.cosell.api.insights.Insights;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.InsightsApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The organization's figures for a period of months (UTC), kept in the address ({@code
 * ?from=2026-01&to=2026-06&direction=Incoming}) so a reload or a shared link shows the same.
 */
@Route(Routes.INSIGHTS)
@PermitAll
public class InsightsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How far back the period's months are offered. */
    private static final int MONTHS_OFFERED = 36;

    private final CurrentUser user;
    private final InsightsApi insights;
    private final Clock clock;

    InsightsView(CurrentUser user, InsightsApi insights, Clock clock) {
        this.user = user;
        this.insights = insights;
        this.clock = clock;
        addClassName("insights");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title") + " – " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Me> me;
        try {
            me = Workspace.enter(event, user);
        } catch (BackendException e) {
            add(new H2(getTranslation("insights.title")), error(e.getMessage()));
            return;
        }
        if (me.isEmpty()) {
            return;
        }
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        YearMonth to = month(query, "to", now);
        YearMonth from = month(query, "from", to.minusMonths(11));
        String direction = "Outgoing".equals(first(query, "direction")) ? "Outgoing" : "Incoming";
        add(new H2(getTranslation("insights.title")), filters(now, from, to, direction));
        if (from.isAfter(to)) {
            add(error(getTranslation("insights.period.invalid")));
            return;
        }
        try {
            Insights figures = insights.get(user.authentication(), from, to, direction);
            new InsightSections(this, getLocale()).addTo(this, figures);
        } catch (BackendException e) {
            add(error(e.getMessage()));
        }
    }

    private FlexLayout filters(YearMonth now, YearMonth from, YearMonth to, String direction) {
        List<YearMonth> months =
                Stream.iterate(now, m -> m.minusMonths(1)).limit(MONTHS_OFFERED).toList();
        Select<YearMonth> fromField = monthSelect("insights.period.from", months, from);
        Select<YearMonth> toField = monthSelect("insights.period.to", months, to);
        RadioButtonGroup<String> directionField = new RadioButtonGroup<>(getTranslation("insights.direction"));
        directionField.setItems("Incoming", "Outgoing");
        directionField.setItemLabelGenerator(d -> getTranslation("insights.direction." + d));
        directionField.setValue(direction);
        Runnable go = () -> UI.getCurrent()
                .navigate(
                        Routes.INSIGHTS,
                        QueryParameters.simple(Map.of(
                                "from", String.valueOf(fromField.getValue()),
                                "to", String.valueOf(toField.getValue()),
                                "direction", directionField.getValue())));
        fromField.addValueChangeListener(e -> go.run());
        toField.addValueChangeListener(e -> go.run());
        directionField.addValueChangeListener(e -> go.run());
        FlexLayout filters = new FlexLayout(fromField, toField, directionField);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("insights-filters");
        return filters;
    }

    private Select<YearMonth> monthSelect(String labelKey, List<YearMonth> months, YearMonth value) {
        Select<YearMonth> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(
                months.contains(value)
                        ? months
                        : Stream.concat(Stream.of(value), months.stream()).toList());
        select.setValue(value);
        return select;
    }

    private static YearMonth month(Map<String, List<String>> query, String name, YearMonth otherwise) {
        String value = first(query, name);
        try {
            return value == null ? otherwise : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    private static @org.jspecify.annotations.Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Paragraph error(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("error-text");
        return p;
    }
}
