package com.cosell.frontend.ui.common;

import com.cosell.frontend.backend.Referral;
import com.cosell.frontend.backend.Stage;
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
        setText(getTranslation(s.labelKey()));
        getElement().setAttribute("theme", themes(s));
        if (s.isArchived()) {
            setTitle(getTranslation("stage.archived"));
        }
    }

    /** The badge's Lumo theme variants for a stage (also drawn by the referral grid's Lit renderer). */
    public static String themes(Stage s) {
        return "badge " + switch (s) {
            case RECEIVED -> "contrast";
            case ACCEPTED -> "primary";
            case WON -> "success";
            case LOST, DECLINED -> "error";
            case EXPIRED -> "contrast";
        } + " pill";
    }

    /** Where the deal stands: for a seller's referral sent to a partner, the partner's answer. */
    public StageBadge(Referral referral, boolean tracksReceiver) {
        this(referral.standing(tracksReceiver));
    }
}
