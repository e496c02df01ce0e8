package com.cosell.frontend.ui;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;

/** The frame of every page: product name, who is signed in (organisation and roles), sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser user, AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");

        if (authentication.isAuthenticated()) {
            Div who = new Div();
            who.addClassName("app-user");
            try {
                Me me = user.me();
                String name = me.name() != null ? me.name() : me.id();
                Avatar avatar = new Avatar(name);
                Span nameLabel = new Span(name);
                nameLabel.setId("user-name");
                Span orgLabel = new Span(me.organization().name());
                orgLabel.setId("user-organisation");
                Span rolesLabel = new Span(me.roles().isEmpty() ? getTranslation("role.none")
                        : me.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")));
                rolesLabel.setId("user-roles");
                Div text = new Div(nameLabel, new Div(orgLabel, new Text(" · "), rolesLabel));
                text.addClassName("app-user-text");
                who.add(avatar, text);
            } catch (BackendException unavailable) {
                // The view shows the reason; the header still offers sign-out.
            }
            Button signOut = new Button(getTranslation("action.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, signOut);
            header.expand(title);
        }
        addToNavbar(header);
        setDrawerOpened(false);
    }
}
