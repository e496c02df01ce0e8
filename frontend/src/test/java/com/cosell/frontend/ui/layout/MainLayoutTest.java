package com.cosell.frontend.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.ContextMenuTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends ViewTestBase {

    @Test
    void navigationFollowsTheRole() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        navigate(CoSellView.class);

        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "Co-sell", "Assigned to me", "Create a deal", "Insights", "Organization", "Your account");
        assertThat(find(Span.class).id("user-organization").getText()).isEqualTo("Contoso Ltd.");
    }

    @Test
    void theBellShowsNoCountWhileThereAreNoNotifications() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        navigate(CoSellView.class);

        assertThat(find(Button.class).id("notification-bell").getElement().getAttribute("aria-label"))
                .isEqualTo("No unread notifications");
        assertThat(find(Span.class).withId("notification-count").exists())
                .as("hidden at zero")
                .isFalse();
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "Co-sell",
                        "Assigned to me",
                        "Send a referral",
                        "Deal registrations",
                        "Insights",
                        "Your account");
        // The browser marks an item current when the page's path and the item's query match: the
        // list itself is "Co-sell"; "Assigned to me" is the list with ?owner=me only.
        assertThat(find(SideNavItem.class).id("nav-assigned").getElement().getAttribute("path"))
                .isEqualTo("?owner=me");
    }

    @Test
    void theChosenLanguageIsTakenFromTheCookie() {
        assertThat(LanguagePreference.supported("ko")).isEqualTo(Locale.KOREAN);
        assertThat(LanguagePreference.supported("de")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void choosingKoreanSwitchesTheSessionAndIsRemembered() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        navigate(CoSellView.class);
        Button open = find(Button.class).id("user-menu");
        assertThat(open.getAriaLabel()).as("the button's accessible name").hasValue("Account menu");
        ContextMenu accountMenu = find(ContextMenu.class).single();
        assertThat(accountMenu.getItems())
                .as("its items are made as it first opens")
                .isEmpty();
        ContextMenuTester<ContextMenu> menu = test(accountMenu);
        menu.open();
        assertThat(accountMenu.getItems()).hasSize(3);
        assertThat(menu.isItemChecked(0, 0)).as("English checked").isTrue();

        menu.clickItem(0, 1);
        verify(mail).language(any(), eq("ko")); // mail follows the language Co-sell is read in

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.KOREAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void koreanLayout() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        korean();
        navigate(CoSellView.class);

        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactly("공동 판매", "나에게 배정됨", "거래 만들기", "인사이트", "조직", "내 계정");
        assertThat(find(Span.class).id("user-roles").getText()).isEqualTo("추천 관리자, MPN 관리자");
    }
}
