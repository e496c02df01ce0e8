package com.cosell.frontend.ui;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** For people who signed in but have no Co-sell role (or whose organization is unknown). */
@Route(Routes.NO_ACCESS)
@PermitAll
public class NoAccessView extends VerticalLayout {

    NoAccessView(CurrentUser user) {
        addClassName("no-access-view");
        H2 title = new H2(getTranslation("no-access.title"));
        title.setId("no-access");
        String reason;
        try {
            reason =
                    getTranslation("no-access.no-role", user.me().organization().name());
        } catch (BackendException e) {
            reason = e.getMessage();
        }
        add(title, new Paragraph(reason), new Paragraph(getTranslation("no-access.ask-admin")));
    }
}
