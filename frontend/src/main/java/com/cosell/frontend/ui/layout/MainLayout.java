package com.cosell.frontend.ui.layout;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.EmailPreferencesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.events.LiveEventStream;
import com.cosell.frontend.notifications.NotificationFeed;
import com.cosell.frontend.ui.account.HomeView;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.cosell.frontend.ui.create.CreateDealView;
import com.cosell.frontend.ui.insights.InsightsView;
import com.cosell.frontend.ui.organization.OrganizationView;
import com.cosell.frontend.ui.registrations.RegistrationsView;
import com.cosell.frontend.ui.send.SendReferralView;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The frame of every page: product name, navigation, notification bell, the user's menu. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements HasDynamicTitle {

    MainLayout(
            CurrentUser user,
            AuthenticationContext authentication,
            NotificationFeed notifications,
            LiveEventStream live,
            EmailPreferencesApi mail) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");

        if (authentication.isAuthenticated()) {
            Me me = null;
            try {
                me = user.me();
            } catch (BackendException unavailable) {
                // The view shows the reason; the header still offers sign-out.
            }
            if (me != null && me.hasAnyRole()) {
                live.start(); // changes made by anyone now reach this session's views
            }
            header.add(
                    new NotificationBell(notifications),
                    new UserMenu(me, authentication::logout, locale -> mailLanguage(mail, user, locale)));
            header.expand(title);
            addToDrawer(navigation(me));
        }
        addToNavbar(header);
        setPrimarySection(Section.DRAWER);
    }

    /** Mail follows the language the person reads Co-sell in; if that cannot be saved now, the page still switches. */
    private static void mailLanguage(EmailPreferencesApi mail, CurrentUser user, Locale locale) {
        try {
            mail.language(user.authentication(), locale.getLanguage());
        } catch (BackendException e) {
            // kept as it was; the email preferences page still changes it
        }
    }

    private SideNav navigation(@Nullable Me me) {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.addItem(new SideNavItem(getTranslation("nav.cosell"), CoSellView.class, VaadinIcon.HANDSHAKE.create()));
        if (me != null) {
            SideNavItem mine =
                    new SideNavItem(getTranslation("nav.assigned"), CoSellView.class, VaadinIcon.USER_CHECK.create());
            // Its own query, not a path of "?owner=me": the item drops a query from a path it is
            // given, and was then current wherever the list was, beside "Co-sell".
            mine.setQueryParameters(QueryParameters.of("owner", "me"));
            mine.setId("nav-assigned");
            nav.addItem(mine);
        }
        if (me != null && Roles.isPartnerAdmin(me)) {
            nav.addItem(new SideNavItem(getTranslation("nav.create"), CreateDealView.class, VaadinIcon.PLUS.create()));
        }
        if (me != null && Roles.isSeller(me)) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.send"), SendReferralView.class, VaadinIcon.PAPERPLANE.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.registrations"), RegistrationsView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (me != null && (Roles.isPartnerAdmin(me) || Roles.isSeller(me))) {
            nav.addItem(new SideNavItem(getTranslation("nav.insights"), InsightsView.class, VaadinIcon.CHART.create()));
        }
        if (me != null && Roles.isOrganizationAdmin(me)) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.organization"), OrganizationView.class, VaadinIcon.BUILDING.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), HomeView.class, VaadinIcon.USER.create()));
        return nav;
    }

    /** Every page has a title (for tabs, history and screen readers); a view with its own title replaces this one. */
    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
