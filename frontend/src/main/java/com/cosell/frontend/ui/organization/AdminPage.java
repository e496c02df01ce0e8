package com.cosell.frontend.ui.organization;

import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;

/** The opening of a page of the organization's admin: the way back to the organization page, and the title. */
final class AdminPage {

    private AdminPage() {}

    /**
     * Starts {@code page} afresh for whoever enters it: true for the organization's admin, who gets the
     * rest of the page; false when the workspace sent the person elsewhere, or when the page now says
     * that it is its admins' alone. {@code id} names the page's parts ({@code <id>-back}).
     */
    static boolean open(VerticalLayout page, BeforeEnterEvent event, CurrentUser user, String id, String titleKey) {
        Optional<Me> me = Workspace.enter(event, user);
        if (me.isEmpty()) {
            return false;
        }
        page.removeAll();
        RouterLink back = new RouterLink(page.getTranslation("webhooks.back"), OrganizationView.class);
        back.setId(id + "-back");
        page.add(back, new H2(page.getTranslation(titleKey)));
        if (!Roles.isOrganizationAdmin(me.get())) {
            page.add(new Paragraph(page.getTranslation("organization.admins-only")));
            return false;
        }
        return true;
    }
}
