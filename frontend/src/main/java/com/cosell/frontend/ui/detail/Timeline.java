package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.HistoryEntry;
import com.cosell.frontend.ui.common.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What happened to the referral, newest first: who, when, and which fields changed. */
class Timeline extends Div {

    Timeline(List<HistoryEntry> history) {
        setId("timeline");
        addClassName("detail-section");
        add(new H3(getTranslation("detail.timeline")));
        if (history.isEmpty()) {
            add(new Span(getTranslation("detail.none")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        history.stream().sorted((a, b) -> Long.compare(b.sequence(), a.sequence())).forEach(h -> {
            Span when = new Span(Formats.dateTime(h.at(), getLocale(), ZoneId.systemDefault()));
            when.addClassName("timeline-when");
            Span who = new Span(h.actorName() == null ? getTranslation("detail.system") : h.actorName());
            who.addClassName("timeline-who");
            Span what = new Span(describe(h));
            what.addClassName("timeline-what");
            list.add(new ListItem(when, who, what));
        });
        add(list);
    }

    private String describe(HistoryEntry h) {
        if (h.changes() == null || h.changes().isEmpty()) {
            return getTranslation("history.event", h.type());
        }
        Object substatus = h.changes().stream().filter(c -> c.path().equals("/substatus"))
                .map(HistoryEntry.Change::to).filter(Objects::nonNull).findFirst().orElse(null);
        String fields = h.changes().stream().map(c -> c.path().replaceFirst("^/", ""))
                .collect(Collectors.joining(", "));
        return substatus != null
                ? getTranslation("history.moved", String.valueOf(substatus), fields)
                : getTranslation("history.changed", fields);
    }
}
