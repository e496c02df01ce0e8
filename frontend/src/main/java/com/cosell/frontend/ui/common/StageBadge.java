package com.cosell.frontend.ui.common;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.Referrals;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** The referral's stage as a Lumo badge: archived outcomes coloured by how they ended. */
public class StageBadge extends Span {

    public StageBadge(Optional<Stage> stage) {
        addClassName("stage-badge");
        if (stage.isEmpty()) {
            setText("—");
            return;
        }
        Stage s = stage.get();
        setText(getTranslation(StageBadge.labelKey(s)));
        getElement().setAttribute("theme", themes(s));
        if (s.isClosed()) {
            setTitle(getTranslation("stage.archived"));
        }
    }

    /** The translation key of the stage's name, as every page shows it. */
    public static String labelKey(Stage s) {
        return "stage." + s.name();
    }

    /** The badge's Lumo theme variants for a stage (also drawn by the referral grid's Lit renderer). */
    public static String themes(Stage s) {
        return "badge "
                + switch (s) {
                    case RECEIVED -> "contrast";
                    case ACCEPTED -> "primary";
                    case WON -> "success";
                    case LOST, DECLINED -> "error";
                    case EXPIRED -> "contrast";
                }
                + " pill";
    }

    /** Where the deal stands: for a seller's referral sent to a partner, the partner's answer. */
    public StageBadge(Referral referral, boolean tracksReceiver) {
        this(Referrals.standing(referral, tracksReceiver));
    }
}
