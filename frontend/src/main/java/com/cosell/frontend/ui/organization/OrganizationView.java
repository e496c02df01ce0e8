package com.cosell.frontend.ui.organization;

import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.OrganizationMembers;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * What an organization's admin (an MPN admin, or the vendor's admin) manages: who the members are and
 * which Co-sell roles they hold. The identity provider stays the one home of both; this page reads
 * them through its admin API and, where the server allows it, changes roles there.
 */
@Route("organization")
@PermitAll
public class OrganizationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final BackendClient backend;

    OrganizationView(CurrentUser user, BackendClient backend) {
        this.user = user;
        this.backend = backend;
        setId("organization-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Me> me;
        try {
            me = Workspace.enter(event, user);
        } catch (BackendException e) {
            me = Optional.empty();
            add(error(e.getMessage()));
        }
        if (me.isEmpty()) {
            return;
        }
        removeAll();
        if (!Roles.isOrganizationAdmin(me.get())) {
            add(
                    new H2(getTranslation("organization.title")),
                    new Paragraph(getTranslation("organization.admins-only")));
            return;
        }
        OrganizationMembers members;
        try {
            members = backend.members(user.authentication());
        } catch (BackendException e) {
            add(new H2(me.get().organization().name()), error(e.getMessage()));
            return;
        }
        show(me.get(), members);
    }

    private void show(Me me, OrganizationMembers members) {
        H2 title = new H2(members.organization().name());
        Span kind = new Span(getTranslation("org.kind." + members.organization().kind()));
        kind.getElement().getThemeList().add("badge contrast");
        Paragraph facts = new Paragraph(
                kind,
                new Span(" "
                        + getTranslation(
                                "organization.id", members.organization().id())));
        add(title, facts, new H3(getTranslation("organization.members")));
        if (!members.directoryConnected()) {
            add(new Paragraph(getTranslation("organization.not-connected")));
        } else {
            add(new Paragraph(getTranslation(
                    members.rolesEditable() ? "organization.roles-editable" : "organization.roles-read-only")));
            add(new MembersGrid(members, me.id(), user, backend));
        }
        if (members.manageUrl() != null) {
            Anchor manage =
                    new Anchor(members.manageUrl(), getTranslation("organization.manage-link"), AnchorTarget.BLANK);
            manage.setId("organization-manage-link");
            manage.getElement().setAttribute("rel", "noopener noreferrer");
            add(manage);
        }
        RouterLink webhooks = new RouterLink(getTranslation("organization.webhooks.link"), WebhooksView.class);
        webhooks.setId("organization-webhooks-link");
        add(new H3(getTranslation("webhooks.title")), new Paragraph(getTranslation("organization.webhooks")), webhooks);
        RouterLink routing = new RouterLink(getTranslation("organization.routing.link"), RoutingView.class);
        routing.setId("organization-routing-link");
        add(new H3(getTranslation("routing.title")), new Paragraph(getTranslation("organization.routing")), routing);
    }

    private static Paragraph error(String message) {
        Paragraph error = new Paragraph(message);
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.title") + " · " + getTranslation("app.name");
    }
}
