package com.cosell.frontend.ui.organization;

import com.cosell.api.member.Member;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.OrganizationMembers;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The members and their roles. With role changes allowed, each role is a checkbox that saves at once;
 * what the identity provider answers is shown, so a role held through a group stays visibly held.
 */
class MembersGrid extends Div {

    private final OrganizationMembers members;
    private final String selfId;
    private final CurrentUser user;
    private final BackendClient backend;
    private final Grid<Member> grid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private final List<Member> rows;

    MembersGrid(OrganizationMembers members, String selfId, CurrentUser user, BackendClient backend) {
        this.members = members;
        this.selfId = selfId;
        this.user = user;
        this.backend = backend;
        this.rows = new ArrayList<>(members.members());
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setId("members-error");
        error.setVisible(false);
        grid.setId("members");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::who)
                .setKey("member")
                .setHeader(getTranslation("organization.column.member"))
                .setFlexGrow(2)
                .setAutoWidth(true);
        grid.addComponentColumn(this::roles)
                .setKey("roles")
                .setHeader(getTranslation("organization.column.roles"))
                .setFlexGrow(2)
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.enabled() ? "organization.enabled" : "organization.disabled"))
                .setHeader(getTranslation("organization.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(rows);
        setWidthFull();
        add(error, grid);
    }

    private Component who(Member m) {
        Span name = new Span(m.displayName());
        name.addClassName("member-name");
        Div who = new Div(name);
        if (m.application()) {
            Span app = new Span(getTranslation("organization.application"));
            app.getElement().getThemeList().add("badge small");
            who.add(new Span(" "), app);
        }
        if (m.id().equals(selfId)) {
            Span you = new Span(getTranslation("organization.you"));
            you.getElement().getThemeList().add("badge small success");
            who.add(new Span(" "), you);
        }
        Div detail = new Div(m.email() == null ? m.username() : m.email());
        detail.addClassName("secondary-text");
        who.add(detail);
        return who;
    }

    private Component roles(Member m) {
        FlexLayout roles = new FlexLayout();
        roles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        roles.getStyle().set("gap", "var(--lumo-space-s)");
        for (String role : members.assignableRoles()) {
            String label = getTranslation("role." + role);
            if (!members.rolesEditable()) {
                if (m.roles().contains(role)) {
                    Span badge = new Span(label);
                    badge.getElement().getThemeList().add("badge");
                    roles.add(badge);
                }
                continue;
            }
            Checkbox box = new Checkbox(label, m.roles().contains(role));
            box.setId("role-" + m.username() + "-" + role);
            box.getElement().setAttribute("aria-label", getTranslation("organization.role-of", label, m.displayName()));
            if (m.id().equals(selfId) && role.equals(members.assignableRoles().getFirst()) && box.getValue()) {
                // Nobody takes away their own admin role; another admin can (the server refuses it too).
                box.setEnabled(false);
                box.setTooltipText(getTranslation("organization.own-admin"));
            }
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    change(m, role, e.getValue(), box);
                }
            });
            roles.add(box);
        }
        if (roles.getComponentCount() == 0) {
            roles.add(new Span(getTranslation("role.none")));
        }
        return roles;
    }

    private void change(Member m, String role, boolean on, Checkbox box) {
        List<String> wanted = new ArrayList<>(
                m.roles().stream().filter(members.assignableRoles()::contains).toList());
        if (on) {
            wanted.add(role);
        } else {
            wanted.remove(role);
        }
        try {
            Member now = backend.changeRoles(user.authentication(), m.id(), wanted);
            rows.set(rows.indexOf(m), now);
            grid.getDataProvider().refreshAll();
            error.setVisible(false);
            Notification.show(
                            getTranslation("organization.saved", now.displayName()),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BackendException e) {
            box.setValue(!on);
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
