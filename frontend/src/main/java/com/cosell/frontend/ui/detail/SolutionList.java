package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral.SolutionRef;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The solutions the deal is about, with whose they are. */
class SolutionList extends Div {

    SolutionList(List<SolutionRef> solutions) {
        setId("solution-list");
        addClassName("detail-section");
        add(new H3(getTranslation("detail.solutions")));
        if (solutions.isEmpty()) {
            add(new Span(getTranslation("detail.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (SolutionRef s : solutions) {
            String name = s.name() == null ? String.valueOf(s.id()) : s.name();
            // The type is whose solution it is from the creator's side, so only the name is shown.
            list.add(new ListItem(name));
        }
        add(list);
    }
}
