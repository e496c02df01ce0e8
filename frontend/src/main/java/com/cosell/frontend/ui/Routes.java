package com.cosell.frontend.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;

/**
 * The workspace's addresses, one home for each. Views name their own {@code @Route} from here and
 * reach each other by address, never by class, so the feature packages do not depend on each other.
 */
public final class Routes {

    public static final String LIST = "";
    public static final String REFERRAL = "referrals";
    public static final String CREATE_DEAL = "deals/new";
    public static final String SEND_REFERRAL = "send-referral";
    public static final String IMPORT = "import";
    public static final String INSIGHTS = "insights";
    public static final String NO_ACCESS = "no-access";
    private static final String LAST_LIST = Routes.class.getName() + ".lastList";

    private Routes() {}

    /** A referral's page, e.g. {@code referrals/7f…}. */
    public static String referral(String id) {
        return REFERRAL + "/" + id;
    }

    /** The list's address as last left in this session (tab, filter, sort, row), for a "Back" link. */
    public static void rememberList(QueryParameters query) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LAST_LIST, query);
        }
    }

    /** The query of the list as last left in this session, empty if never opened. */
    public static QueryParameters lastList() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(LAST_LIST) instanceof QueryParameters q
                ? q
                : QueryParameters.empty();
    }

    public static void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    /** A router link (navigation without a page load) to a route known by its address. */
    public static RouterLink link(String text, String route, QueryParameters query) {
        Class<? extends Component> target = RouteConfiguration.forSessionScope()
                .getRoute(route)
                .orElseThrow(() -> new IllegalStateException("No view at '" + route + "'"));
        RouterLink link = new RouterLink(text, target);
        link.setQueryParameters(query);
        return link;
    }
}
