package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.Referral.RelatedParty;
import com.cosell.frontend.ui.common.ReasonLabel;
import com.cosell.frontend.ui.common.StageBadge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The other parties of the engagement and where their side stands: did the vendor engage? */
class RelatedParties extends Div {

    RelatedParties(List<RelatedParty> related) {
        setId("related-parties");
        addClassName("detail-section");
        add(new H3(getTranslation("detail.related")));
        if (related.isEmpty()) {
            add(new Span(getTranslation("detail.related.none")));
            return;
        }
        for (RelatedParty r : related) {
            Span name = new Span(r.organizationName());
            name.addClassName("related-name");
            Div row = new Div(name, new StageBadge(r.stage()));
            if (r.statusReason() != null) {
                Span reason = new Span(ReasonLabel.of(this, r.statusReason()));
                reason.addClassName("related-reason");
                row.add(reason);
            }
            row.addClassName("related-row");
            add(row);
        }
    }
}
