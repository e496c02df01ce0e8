package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral;
import com.vaadin.flow.component.html.Span;

/** Co-sell (shared with the vendor) or private pipeline (the partner alone). */
public class TypeBadge extends Span {

    public TypeBadge(Referral referral) {
        setText(getTranslation(referral.shared() ? "type.Shared" : "type.Independent"));
        getElement().setAttribute("theme", themes(referral));
    }

    /** The badge's Lumo theme variants (also drawn by the referral grid's Lit renderer). */
    public static String themes(Referral referral) {
        return referral.shared() ? "badge" : "badge contrast";
    }
}
