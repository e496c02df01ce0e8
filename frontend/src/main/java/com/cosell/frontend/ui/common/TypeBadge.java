package com.cosell.frontend.ui.common;

import com.cosell.frontend.backend.Referral;
import com.vaadin.flow.component.html.Span;

/** Co-sell (shared with the vendor) or private pipeline (the partner alone). */
public class TypeBadge extends Span {

    public TypeBadge(Referral referral) {
        setText(getTranslation(referral.shared() ? "type.Shared" : "type.Independent"));
        getElement().getThemeList().add("badge");
        if (!referral.shared()) {
            getElement().getThemeList().add("contrast");
        }
    }
}
