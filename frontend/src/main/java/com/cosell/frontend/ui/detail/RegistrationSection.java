package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.api.registration.DealRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Deal registration of a won deal: where the vendor's review stands, and the way to (re)submit. */
class RegistrationSection extends Div {

    RegistrationSection(Referral.@Nullable Registration registration, @Nullable Button register) {
        setId("registration");
        addClassName("detail-section");
        add(new H3(getTranslation("register.section")));
        if (registration == null) {
            add(new Span(getTranslation("register.none")));
        } else {
            Span status = new Span(getTranslation("register.status." + registration.status()));
            status.setId("registration-status");
            status.getElement().getThemeList().add("badge");
            add(status);
            if (registration.statusReason() != null) {
                Span comment = new Span(registration.statusReason());
                comment.setId("registration-comment");
                add(new Div(comment));
            }
        }
        if (register != null) {
            add(new Div(register));
        }
    }

    /** A partner may register a won deal on an eligible solution, or resubmit one sent back. */
    static boolean mayRegister(Referral r, boolean partner, boolean eligible) {
        var registration = r.registration();
        return partner
                && eligible
                && r.stage() == Stage.WON
                && (registration == null
                        || DealRegistration.Status.ActionRequired.name().equals(registration.status()));
    }
}
