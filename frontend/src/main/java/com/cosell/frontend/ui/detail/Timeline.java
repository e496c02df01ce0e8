package com.cosell.frontend.ui.detail;

import com.cosell.api.event.Change;
import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.RelatedParty;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.ui.common.BrowserZone;
import com.cosell.frontend.ui.common.Formats;
import com.cosell.frontend.ui.common.StageBadge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What happened to the referral, newest first: who, when (in the reader's time zone), and what
 * changed, in the words the page uses for those fields and stages.
 */
class Timeline extends Div {

    private static final String RELATED = "/relatedReferrals/";

    /** @param others the engagement's other parties, named in their changes */
    Timeline(List<HistoryEntry> history, List<RelatedParty> others) {
        Map<String, String> parties = new java.util.HashMap<>();
        others.forEach(p -> parties.put(p.organizationId(), p.organizationName()));
        setId("timeline");
        addClassName("detail-section");
        add(new H3(getTranslation("detail.timeline")));
        if (history.isEmpty()) {
            add(new Span(getTranslation("detail.none")));
            return;
        }
        ZoneId zone = BrowserZone.current();
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        history.stream()
                .sorted((a, b) -> Long.compare(b.sequence(), a.sequence()))
                .forEach(h -> {
                    Span when = new Span(Formats.dateTime(h.at(), getLocale(), zone));
                    when.addClassName("timeline-when");
                    Span who = new Span(h.actorName() == null ? getTranslation("detail.system") : h.actorName());
                    who.addClassName("timeline-who");
                    Span what = new Span(describe(h, parties));
                    what.addClassName("timeline-what");
                    list.add(new ListItem(when, who, what));
                });
        add(list);
    }

    private String describe(HistoryEntry h, Map<String, String> parties) {
        List<Change> changes = h.changes() == null ? List.of() : h.changes();
        Optional<String> stage = stageAt(changes, "/substatus");
        Optional<Change> related =
                changes.stream().filter(c -> c.path().startsWith(RELATED)).findFirst();
        if (related.isPresent()) {
            String org = related.get().path().substring(RELATED.length()).split("/", 2)[0];
            String party = parties.getOrDefault(org, org);
            if (h.type().equals("related-referral-created")) {
                return getTranslation("history.party-joined", party);
            }
            return stageAt(changes, RELATED + org + "/substatus")
                    .map(s -> getTranslation("history.party-moved", party, s))
                    .orElse(getTranslation("history.party-changed", party));
        }
        Optional<Change> owner =
                changes.stream().filter(c -> c.path().equals("/owner")).findFirst();
        if (owner.isPresent()) {
            return OwnerControl.history(this, owner.get().to());
        }
        if (h.type().equals("referral-created")) {
            return stage.map(s -> getTranslation("history.created.in", s)).orElse(getTranslation("history.created"));
        }
        if (changes.isEmpty()) {
            return getTranslation("history.event", h.type());
        }
        String fields = changes.stream()
                .filter(c -> stage.isEmpty()
                        || !(c.path().equals("/status") || c.path().equals("/substatus")))
                .map(c -> ChangedField.key(c.path())
                        .map(this::getTranslation)
                        .orElse(c.path().replaceFirst("^/", "")))
                .distinct()
                .collect(Collectors.joining(", "));
        if (stage.isPresent()) {
            return fields.isEmpty()
                    ? getTranslation("history.moved", stage.get())
                    : getTranslation("history.moved-and-changed", stage.get(), fields);
        }
        return getTranslation("history.changed", fields);
    }

    /** The stage a change of {@code path} (a substatus) moved to, as the page names stages. */
    private Optional<String> stageAt(List<Change> changes, String path) {
        return changes.stream()
                .filter(c -> c.path().equals(path))
                .map(Change::to)
                .filter(Objects::nonNull)
                .findFirst()
                .map(s -> Stage.ofSubstatus(s)
                        .map(st -> getTranslation(StageBadge.labelKey(st)))
                        .orElse(s.toString()));
    }
}
